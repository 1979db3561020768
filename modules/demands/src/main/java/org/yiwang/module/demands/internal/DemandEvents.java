package org.yiwang.module.demands.internal;

import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.yiwang.kernel.api.Events;

/**
 * Posts the module's domain events on {@code org/yiwang/demands/<EVENT>} with the demand's
 * {@code id}, {@code uscc}, {@code region}, {@code category}, {@code status} and {@code window};
 * silently does nothing while no EventAdmin is present.
 */
@Component(service = DemandEvents.class)
public final class DemandEvents {

    static final String MODULE_ID = "demands";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    /** For tests outside OSGi. */
    void use(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    void post(String event, Demand d) {
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put("id", d.id());
        props.put("uscc", d.uscc());
        props.put("region", d.region());
        props.put("category", d.category());
        props.put("status", d.status().name());
        props.put("window", d.windowRegion());
        admin.postEvent(new Event(Events.topic(MODULE_ID, event), props));
    }
}
