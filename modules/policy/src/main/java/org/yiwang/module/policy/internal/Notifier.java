package org.yiwang.module.policy.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.module.policy.api.DeliveryChannel;
import org.yiwang.module.policy.api.PolicyNotice;

/**
 * Tells enterprises about a newly published policy, after the publishing transaction committed, on
 * its own thread so publishing stays fast whatever the number of recipients: every enterprise that
 * meets all criteria ({@code MATCH}), then every subscriber to one of the policy's categories or
 * tags whose verdict is not NOT_MET ({@code SUBSCRIPTION}: possibly eligible, data missing). Each
 * registered {@link DeliveryChannel} receives the recipients in batches of {@link #BATCH}.
 */
@Component(service = Notifier.class)
public final class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    static final int BATCH = 5_000;

    private final List<DeliveryChannel> channels = new CopyOnWriteArrayList<>();
    private final EnterpriseSnapshot snapshot;
    private final Database db;
    private final Clock clock;
    private final Executor executor;
    private final ExecutorService own;

    /** What one notification run delivered (for logs and tests). */
    record Result(int matched, int subscribed) {
    }

    @Activate
    public Notifier(@Reference EnterpriseSnapshot snapshot, @Reference PolicySchema schema) {
        this(snapshot, schema.db(), Clock.systemUTC(), null);
    }

    /** @param executor null: one background thread of its own; tests pass {@code Runnable::run} */
    Notifier(EnterpriseSnapshot snapshot, Database db, Clock clock, Executor executor) {
        this.snapshot = snapshot;
        this.db = db;
        this.clock = clock;
        this.own = executor == null ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "yiwang-policy-notify");
            t.setDaemon(true);
            return t;
        }) : null;
        this.executor = executor == null ? own : executor;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addChannel(DeliveryChannel channel) {
        channels.add(channel);
    }

    void removeChannel(DeliveryChannel channel) {
        channels.remove(channel);
    }

    @Deactivate
    void stop() {
        if (own != null) {
            own.shutdownNow();
        }
    }

    /** Schedules the notification of a just-published policy. */
    void published(Policy p) {
        executor.execute(() -> {
            try {
                Result r = notifyNow(p);
                LOG.info("Policy {} published: {} matching enterprises and {} subscribers notified", p.id(), r.matched(),
                        r.subscribed());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("Notifying enterprises of policy {} failed", p.id(), e);
            }
        });
    }

    Result notifyNow(Policy p) throws InterruptedException {
        if (!snapshot.awaitReady(120)) {
            LOG.warn("Policy {} published while the SME database is unavailable: nobody notified", p.id());
            return new Result(0, 0);
        }
        CompiledCriteria c = Policies.compile(p);
        var day = Days.today(clock);
        Matched m = snapshot.match(c, day, null);
        int total = m.total();
        String summary = p.issuingAuthority() + (p.documentNumber() == null ? "" : " " + p.documentNumber()) + " · "
                + p.criteriaText().zh();
        PolicyNotice match = new PolicyNotice(p.id(), p.title(), summary, PolicyNotice.MATCH, "/policy/" + p.id(),
                clock.instant());
        for (int offset = 0; offset < total; offset += BATCH) {
            deliver(match, m.usccs(offset, BATCH));
        }
        Set<String> categories = new HashSet<>(p.categories());
        Set<String> tags = new HashSet<>(p.tags());
        List<String> subscribers = new ArrayList<>();
        db.withConnection(conn -> {
            new InboxStore().subscriptions(conn, (uscc, cats, tg) -> {
                if (cats.stream().anyMatch(categories::contains) || tg.stream().anyMatch(tags::contains)) {
                    subscribers.add(uscc);
                }
            });
            return null;
        });
        List<String> possible = new ArrayList<>();
        for (String uscc : subscribers) {
            snapshot.facts(uscc).ifPresent(f -> {
                if (c.verdict(f, day) == Verdict.UNKNOWN) {
                    possible.add(uscc); // MET ones were told above
                }
            });
        }
        PolicyNotice sub = new PolicyNotice(p.id(), p.title(), summary, PolicyNotice.SUBSCRIPTION, "/policy/" + p.id(),
                clock.instant());
        for (int i = 0; i < possible.size(); i += BATCH) {
            deliver(sub, possible.subList(i, Math.min(possible.size(), i + BATCH)));
        }
        return new Result(total, possible.size());
    }

    private void deliver(PolicyNotice n, List<String> usccs) {
        if (usccs.isEmpty()) {
            return;
        }
        for (DeliveryChannel ch : channels) {
            try {
                ch.deliver(n, usccs);
            } catch (RuntimeException e) {
                LOG.warn("Delivery channel {} failed for {} recipients of policy {}", ch.id(), usccs.size(), n.policyId(), e);
            }
        }
    }
}
