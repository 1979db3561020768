package org.yiwang.module.institutions.internal;

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
 * Posts the module's domain events on {@code org/yiwang/institutions/<EVENT>}: for an institution
 * its {@code id}, {@code uscc}, {@code region}, {@code status} and {@code name}; for a product
 * request also {@code requestId}, {@code productId}, {@code category} and the enterprise's
 * {@code enterprise} USCC. Silently does nothing while no EventAdmin is present.
 */
@Component(service = InstitutionEvents.class)
public final class InstitutionEvents {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    /** For tests outside OSGi. */
    void use(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    void post(String event, Institution i) {
        post(event, i, Map.of());
    }

    void post(String event, Institution i, Map<String, Object> extra) {
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>(extra);
        props.put("id", i.id());
        props.put("uscc", i.uscc());
        props.put("region", i.region());
        props.put("status", i.status().name());
        props.put("name", i.profile() == null ? "" : i.profile().name());
        admin.postEvent(new Event(Events.topic(InstitutionsModule.ID, event), props));
    }
}
