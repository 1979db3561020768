package org.yiwang.module.policy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.EnterpriseDirectory;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;
import org.yiwang.kernel.api.security.RegionScope;

/**
 * The matcher's in-memory view of the SME database: a columnar {@link Snapshot} loaded once with
 * {@link EnterpriseDirectory#scan}, plus an overlay of enterprises changed or deleted since (from
 * the {@code CHANGED} / {@code DELETED} events, each re-read with {@code find}; and a periodic
 * {@code scan(changedSince)} that catches any event missed). The overlay's enterprises replace
 * their snapshot rows; when it grows past a tenth of the snapshot, or every
 * {@code snapshotRebuildHours}, the snapshot is rebuilt in the background and swapped in.
 */
@Component(service = {EnterpriseSnapshot.class, EventHandler.class}, property = {
    "event.topics=" + EnterpriseDirectory.CHANGED, "event.topics=" + EnterpriseDirectory.DELETED})
public final class EnterpriseSnapshot implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EnterpriseSnapshot.class);
    /** Marks a deleted enterprise in the overlay. */
    private static final Facts DELETED = new Facts("", Facts.MISSING, Facts.MISSING, -1, Facts.MISSING, Facts.MISSING,
            Facts.MISSING_LONG, Facts.MISSING, Facts.MISSING_LONG, new int[3], new int[3]);

    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "yiwang-policy-snapshot");
        t.setDaemon(true);
        return t;
    });

    private volatile EnterpriseDirectory directory;
    private volatile State state;
    /** Changes seen while a (re)build scans: applied on top of the new snapshot. */
    private volatile Map<String, Facts> pending;

    /** The snapshot and the enterprises changed since it was built. */
    private record State(Snapshot base, Map<String, Facts> overlay, long[] shadowed, Instant syncedAt) {
    }

    @Activate
    public EnterpriseSnapshot() {
        this(Clock.systemUTC());
    }

    EnterpriseSnapshot(Clock clock) {
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDirectory(EnterpriseDirectory d) {
        this.directory = d;
        worker.execute(this::rebuild);
    }

    void unbindDirectory(EnterpriseDirectory d) {
        if (this.directory == d) {
            this.directory = null;
        }
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    /** For tests: use a directory and load synchronously. */
    void use(EnterpriseDirectory d) {
        this.directory = d;
        rebuild();
    }

    Optional<EnterpriseDirectory> directory() {
        return Optional.ofNullable(directory);
    }

    boolean ready() {
        return state != null;
    }

    int size() {
        State s = state;
        return s == null ? 0 : s.base().n + (int) s.overlay().values().stream().filter(f -> f != DELETED).count();
    }

    /** Scans the whole SME database into a new snapshot and swaps it in. */
    synchronized void rebuild() {
        EnterpriseDirectory d = directory;
        if (d == null) {
            return;
        }
        Instant started = clock.instant();
        pending = new ConcurrentHashMap<>();
        SnapshotBuilder b = new SnapshotBuilder();
        try {
            d.scan(null, b::add);
        } catch (RuntimeException e) {
            pending = null;
            LOG.warn("Loading the SME database for policy matching failed; matching waits for the next try", e);
            return;
        }
        Snapshot base = b.build(started);
        Map<String, Facts> overlay = pending;
        pending = null;
        State s = new State(base, overlay, Bits.of(base.n), started);
        overlay.keySet().forEach(u -> shadow(s, u));
        state = s;
        LOG.info("Policy matching: {} enterprises loaded in {} ms", base.n, ChronoUnit.MILLIS.between(started, clock.instant()));
    }

    /** Re-reads enterprises changed since the last sync (catches missed events); rebuilds if the overlay grew large. */
    void reconcile() {
        State s = state;
        EnterpriseDirectory d = directory;
        if (s == null || d == null) {
            rebuild();
            return;
        }
        Instant now = clock.instant();
        d.scan(s.syncedAt().minus(1, ChronoUnit.MINUTES), e -> apply(s, e.uscc(), Facts.of(e)));
        state = new State(s.base(), s.overlay(), s.shadowed(), now);
        if (s.overlay().size() > Math.max(10_000, s.base().n / 10)) {
            rebuild();
        }
    }

    @Override
    public void handleEvent(Event event) {
        Object codes = event.getProperty(EnterpriseDirectory.USCCS);
        if (!(codes instanceof String[] usccs)) {
            return;
        }
        worker.execute(() -> changed(usccs));
    }

    /** Re-reads these enterprises (deleted ones disappear). */
    void changed(String... usccs) {
        EnterpriseDirectory d = directory;
        if (d == null) {
            return;
        }
        for (String u : usccs) {
            Facts f = d.find(u).map(Facts::of).orElse(DELETED);
            Map<String, Facts> p = pending;
            if (p != null) {
                p.put(u, f);
            }
            State s = state;
            if (s != null) {
                apply(s, u, f);
            }
        }
    }

    private void apply(State s, String uscc, Facts f) {
        s.overlay().put(uscc, f);
        shadow(s, uscc);
    }

    private static void shadow(State s, String uscc) {
        int row = s.base().row(uscc);
        if (row >= 0) {
            synchronized (s.shadowed()) {
                Bits.set(s.shadowed(), row);
            }
        }
    }

    /** The facts of one enterprise, fresh from the directory. */
    Optional<Facts> facts(String uscc) {
        EnterpriseDirectory d = directory;
        if (d == null) {
            throw Problems.noDirectory();
        }
        return d.find(uscc).map(Facts::of);
    }

    Optional<Enterprise> enterprise(String uscc) {
        EnterpriseDirectory d = directory;
        return d == null ? Optional.empty() : d.find(uscc);
    }

    /** The enterprises a policy matches, within {@code scope} (a region code; null: everywhere). */
    Matched match(CompiledCriteria c, LocalDate day, String scope) {
        State s = state;
        if (s == null) {
            if (directory == null) {
                throw Problems.noDirectory();
            }
            throw new ProblemException(ProblemType.UNAVAILABLE, LocalizedText.of("企业库正在载入，请稍后再试",
                    "The SME database is still loading for matching; try again shortly"));
        }
        Snapshot base = s.base();
        int lo = 0;
        int hi = base.n;
        String prefix = scope == null ? null : RegionScope.prefix(scope);
        if (prefix != null) {
            int pad = (int) Math.pow(10, 6 - prefix.length());
            lo = base.lowerBound(Integer.parseInt(prefix) * pad);
            hi = base.lowerBound(Integer.parseInt(prefix) * pad + pad);
        }
        BulkMatcher.Result r = BulkMatcher.match(base, c, day, lo, hi);
        long[] shadowed = s.shadowed();
        synchronized (shadowed) {
            for (int w = r.fromWord(); w < r.toWord(); w++) {
                r.met()[w] &= ~shadowed[w];
                r.unknown()[w] &= ~shadowed[w];
            }
        }
        List<String> extraMet = new ArrayList<>();
        int extraUnknown = 0;
        for (Map.Entry<String, Facts> e : s.overlay().entrySet()) {
            Facts f = e.getValue();
            if (f == DELETED || (prefix != null && (f.region() == Facts.MISSING
                    || !String.valueOf(f.region()).startsWith(prefix)))) {
                continue;
            }
            Verdict v = c.verdict(f, day);
            if (v == Verdict.MET) {
                extraMet.add(e.getKey());
            } else if (v == Verdict.UNKNOWN) {
                extraUnknown++;
            }
        }
        extraMet.sort(null);
        return new Matched(base, r, extraMet, extraUnknown);
    }

    /** Waits up to {@code seconds} for the first load (notifications after a restart). */
    boolean awaitReady(long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (state == null && System.nanoTime() < end) {
            if (directory == null) {
                return false;
            }
            Thread.sleep(200);
        }
        return state != null;
    }
}
