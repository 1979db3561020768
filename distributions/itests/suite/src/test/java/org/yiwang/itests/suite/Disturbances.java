package org.yiwang.itests.suite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/** For hot-deploy tests: which other bundles were stopped or unresolved while a module came and went. */
final class Disturbances {

    /** Work that may throw. */
    interface Work {
        void run() throws Exception;
    }

    private Disturbances() {
    }

    /** Runs {@code work} and returns every bundle but {@code module} that was stopped or unresolved meanwhile. */
    static List<String> during(BundleContext context, String module, Work work) throws Exception {
        List<String> disturbed = Collections.synchronizedList(new ArrayList<>());
        BundleListener watcher = e -> {
            if (!module.equals(e.getBundle().getSymbolicName())
                    && (e.getType() == BundleEvent.STOPPED || e.getType() == BundleEvent.UNRESOLVED)) {
                disturbed.add(e.getBundle().getSymbolicName() + " " + e.getType());
            }
        };
        context.addBundleListener(watcher);
        try {
            work.run();
        } finally {
            context.removeBundleListener(watcher);
        }
        return List.copyOf(disturbed);
    }
}
