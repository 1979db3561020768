package org.yiwang.kernel.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.yiwang.kernel.api.rest.JaxRs;

/**
 * Follows every service carrying {@code osgi.jaxrs.resource=true} or {@code osgi.jaxrs.extension=true},
 * whatever its interface, and tells the container to rebuild when the set changes.
 */
final class WhiteboardTracker implements ServiceTrackerCustomizer<Object, Object> {

    private final BundleContext context;
    private final Runnable onChange;
    private final Map<ServiceReference<Object>, Object> services = new ConcurrentSkipListMap<>();
    private final ServiceTracker<Object, Object> tracker;

    WhiteboardTracker(BundleContext context, Runnable onChange) throws InvalidSyntaxException {
        this.context = context;
        this.onChange = onChange;
        String filter = "(|(" + JaxRs.RESOURCE_PROPERTY + "=true)(" + JaxRs.EXTENSION_PROPERTY + "=true))";
        this.tracker = new ServiceTracker<>(context, FrameworkUtil.createFilter(filter), this);
    }

    void open() {
        tracker.open(true);
    }

    void close() {
        tracker.close();
    }

    /** The current services, in service ranking order. */
    List<Object> current() {
        return new ArrayList<>(services.values());
    }

    @Override
    public Object addingService(ServiceReference<Object> reference) {
        Object service = context.getService(reference);
        if (service != null) {
            services.put(reference, service);
            onChange.run();
        }
        return service;
    }

    @Override
    public void modifiedService(ServiceReference<Object> reference, Object service) {
        onChange.run();
    }

    @Override
    public void removedService(ServiceReference<Object> reference, Object service) {
        services.remove(reference);
        onChange.run();
        context.ungetService(reference);
    }
}
