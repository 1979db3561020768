package org.yiwang.kernel.web.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Whether the platform can serve its users yet: Karaf has installed its boot features, every
 * Yiwang bundle is active with every one of its components satisfied (schemas migrated,
 * services up), and the REST container serves exactly the resources registered now. Until then
 * {@code /api/health} answers 503, so a load balancer sends nobody to a node that cannot log
 * them in.
 */
@Component(service = Readiness.class)
public final class Readiness {

    /** Registered by Karaf's features service once the boot features are installed. */
    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";
    private static final String KARAF_FEATURES = "org.apache.karaf.features.core";
    private static final String OURS = "org.yiwang.";

    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile RestContainer rest;

    @Activate
    public Readiness(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    /** What the platform still waits for, in words for the operator; empty when ready. */
    public List<String> waitingFor() {
        List<String> waiting = new ArrayList<>();
        if (isKaraf() && context.getServiceReference(BOOT_FINISHED) == null) {
            waiting.add("Karaf boot features still installing");
        }
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name == null || !name.startsWith(OURS) || bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            if (bundle.getState() != Bundle.ACTIVE) {
                waiting.add(name + ": bundle " + state(bundle.getState()));
                continue;
            }
            for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
                if (!description.defaultEnabled) {
                    continue;
                }
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(description)) {
                    if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                            || c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        waiting.add(name + ": component " + description.name
                                + (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION
                                        ? " failed to activate" : " waits for a service"));
                    }
                }
            }
        }
        RestContainer container = rest;
        if (container == null || !container.upToDate()) {
            waiting.add("REST container rebuilding");
        }
        return waiting;
    }

    private boolean isKaraf() {
        for (Bundle b : context.getBundles()) {
            if (KARAF_FEATURES.equals(b.getSymbolicName())) {
                return true;
            }
        }
        return false;
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed, not resolved";
            case Bundle.RESOLVED -> "resolved, not started";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "in state " + state;
        };
    }
}
