package org.yiwang.module.institutions.internal;

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

/** Runs {@link ExitService#sweep} every {@code exitSweepSeconds} on one daemon thread. */
@Component(service = {}, configurationPid = "org.yiwang.institutions", immediate = true)
@Designate(ocd = InstitutionsConfig.class)
public final class ExitJob {

    private static final Logger LOG = LoggerFactory.getLogger(ExitJob.class);

    private final ExitService exit;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "yiwang-institutions-exit");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> task;

    @Activate
    public ExitJob(@Reference ExitService exit, InstitutionsConfig config) {
        this.exit = exit;
        schedule(config);
    }

    @Modified
    void modified(InstitutionsConfig config) {
        schedule(config);
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    private synchronized void schedule(InstitutionsConfig config) {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        int seconds = config.exitSweepSeconds();
        if (seconds > 0) {
            task = executor.scheduleWithFixedDelay(this::runOnce, Math.min(seconds, 60), seconds, TimeUnit.SECONDS);
        }
        LOG.info("Institutions exit job every {} s{}", seconds, seconds > 0 ? "" : " (stopped)");
    }

    private void runOnce() {
        try {
            ExitService.Result r = exit.sweep(clock.instant());
            if (!r.noticed().isEmpty() || !r.removed().isEmpty()) {
                LOG.info("Institutions exit job: {} noticed, {} removed", r.noticed().size(), r.removed().size());
            }
        } catch (RuntimeException e) {
            LOG.warn("Institutions exit job failed; it runs again at the next period", e);
        }
    }
}
