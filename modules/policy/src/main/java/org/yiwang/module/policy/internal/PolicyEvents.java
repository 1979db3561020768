package org.yiwang.module.policy.internal;

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
 * Posts the module's domain events on {@code org/yiwang/policy/<EVENT>} with the policy's {@code id},
 * {@code region}, {@code level}, {@code status}, {@code version} and {@code categories}; silently does
 * nothing while no EventAdmin is present.
 */
@Component(service = PolicyEvents.class)
public final class PolicyEvents {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    /** For tests outside OSGi. */
    void use(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    void post(String event, Policy p) {
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put("id", p.id());
        props.put("region", p.regionCode());
        props.put("level", p.level().name());
        props.put("status", p.status().name());
        props.put("version", p.version());
        props.put("categories", p.categories().toArray(String[]::new));
        admin.postEvent(new Event(Events.topic(PolicyModule.ID, event), props));
    }
}
