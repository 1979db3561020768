package org.yiwang.kernel.api;

/** EventAdmin topic names: every module publishes domain events on {@code org/yiwang/<module>/<EVENT>}. */
public final class Events {

    public static final String PREFIX = "org/yiwang/";

    private Events() {
    }

    public static String topic(String moduleId, String event) {
        return PREFIX + moduleId + "/" + event;
    }
}
