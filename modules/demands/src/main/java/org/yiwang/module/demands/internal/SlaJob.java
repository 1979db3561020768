package org.yiwang.module.demands.internal;

import java.time.Clock;
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

/** Runs {@link DemandService#sweep} every {@code slaSweepSeconds} on one daemon thread. */
@Component(service = {}, configurationPid = "org.yiwang.demands", immediate = true)
@Designate(ocd = DemandsConfig.class)
public final class SlaJob {

    private static final Logger LOG = LoggerFactory.getLogger(SlaJob.class);

    private final DemandService demands;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "yiwang-demands-sla");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> task;

    @Activate
    public SlaJob(@Reference DemandService demands, DemandsConfig config) {
        this.demands = demands;
        schedule(config);
    }

    @Modified
    void modified(DemandsConfig config) {
        schedule(config);
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    private synchronized void schedule(DemandsConfig config) {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        int seconds = config.slaSweepSeconds();
        if (seconds > 0) {
            task = executor.scheduleWithFixedDelay(this::runOnce, Math.min(seconds, 30), seconds, TimeUnit.SECONDS);
        }
        LOG.info("Demands SLA job every {} s{}", seconds, seconds > 0 ? "" : " (stopped)");
    }

    private void runOnce() {
        try {
            SlaSweep.Result r = demands.sweep(clock.instant());
            if (!r.reminded().isEmpty() || !r.escalated().isEmpty()) {
                LOG.info("Demands SLA job: {} reminded, {} escalated", r.reminded().size(), r.escalated().size());
            }
        } catch (RuntimeException e) {
            LOG.warn("Demands SLA job failed; it runs again at the next period", e);
        }
    }
}
