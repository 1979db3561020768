package org.yiwang.module.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's periodic work on one daemon thread: the expiry sweep ({@code expirySweepMinutes}), the
 * matcher's reconciliation with the SME database ({@code snapshotReconcileMinutes}) and its full
 * reload ({@code snapshotRebuildHours}).
 */
@Component(service = {}, configurationPid = "org.yiwang.policy", immediate = true)
@Designate(ocd = PolicyConfig.class)
public final class PolicyJobs {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyJobs.class);

    private final PolicyService policies;
    private final EnterpriseSnapshot snapshot;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "yiwang-policy-jobs");
        t.setDaemon(true);
        return t;
    });
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    @Activate
    public PolicyJobs(@Reference PolicyService policies, @Reference EnterpriseSnapshot snapshot, PolicyConfig config) {
        this.policies = policies;
        this.snapshot = snapshot;
        schedule(config);
    }

    @Modified
    void modified(PolicyConfig config) {
        schedule(config);
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    private synchronized void schedule(PolicyConfig config) {
        tasks.forEach(t -> t.cancel(false));
        tasks.clear();
        every(config.expirySweepMinutes(), TimeUnit.MINUTES, "expiry", () -> {
            int n = policies.expire();
            if (n > 0) {
                LOG.info("Policy expiry job: {} policies expired", n);
            }
        });
        every(config.snapshotReconcileMinutes(), TimeUnit.MINUTES, "reconcile", snapshot::reconcile);
        every(config.snapshotRebuildHours(), TimeUnit.HOURS, "rebuild", snapshot::rebuild);
        LOG.info("Policy jobs: expiry every {} min, reconcile every {} min, rebuild every {} h",
                config.expirySweepMinutes(), config.snapshotReconcileMinutes(), config.snapshotRebuildHours());
    }

    private void every(int period, TimeUnit unit, String name, Runnable job) {
        if (period <= 0) {
            return;
        }
        long first = name.equals("expiry") ? 30 : unit.toSeconds(period);
        tasks.add(executor.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.warn("Policy {} job failed; it runs again at the next period", name, e);
            }
        }, first, unit.toSeconds(period), TimeUnit.SECONDS));
    }
}
