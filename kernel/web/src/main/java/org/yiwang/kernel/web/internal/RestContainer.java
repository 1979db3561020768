package org.yiwang.kernel.web.internal;

/** What readiness needs to know of the REST container (registered by {@link ApiServlet}). */
public interface RestContainer {

    /**
     * Whether the container serves exactly the JAX-RS services registered now: none arrived or left
     * since the last rebuild, no rebuild is waiting, and the last one succeeded.
     */
    boolean upToDate();
}
