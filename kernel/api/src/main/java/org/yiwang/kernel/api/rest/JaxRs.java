package org.yiwang.kernel.api.rest;

/**
 * Service properties that put a JAX-RS resource or provider into the platform's REST container
 * (the OSGi JAX-RS whiteboard property names). A resource is a DS component with
 * {@code @Component(service = MyResource.class, property = JaxRs.RESOURCE)} and
 * {@code @Path("/<module>/…")}; the kernel serves it under {@code /api}.
 */
public final class JaxRs {

    /** Marks a service as a JAX-RS resource. */
    public static final String RESOURCE = "osgi.jaxrs.resource=true";
    /** Marks a service as a JAX-RS extension (filter, exception mapper, body reader/writer). */
    public static final String EXTENSION = "osgi.jaxrs.extension=true";

    public static final String RESOURCE_PROPERTY = "osgi.jaxrs.resource";
    public static final String EXTENSION_PROPERTY = "osgi.jaxrs.extension";

    private JaxRs() {
    }
}
