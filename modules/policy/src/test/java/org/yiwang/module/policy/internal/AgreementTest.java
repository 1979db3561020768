package org.yiwang.module.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.enterprise.Enterprise;

/** The bulk matcher and the per-enterprise rule agree on every row, for random data and criteria, in scopes. */
class AgreementTest {

    @Test
    void bulkEqualsSingleOnRandomData() {
        Generator g = new Generator(7);
        List<Facts> facts = new ArrayList<>();
        SnapshotBuilder b = new SnapshotBuilder();
        for (int i = 0; i < 3000; i++) {
            Enterprise e = g.enterprise(i + 1);
            Facts f = Facts.of(e);
            facts.add(f);
            b.add(f);
        }
        Snapshot s = b.build(Instant.EPOCH);
        for (int k = 0; k < 150; k++) {
            String[] lr = g.levelAndRegion();
            Criteria c = g.criteria();
            if (k % 5 == 0) {
                c = c.withRegions(List.of(g.prefectures.get(g.random.nextInt(g.prefectures.size())),
                        g.provinces.get(g.random.nextInt(g.provinces.size()))));
            }
            CompiledCriteria cc = new CompiledCriteria(c, Policies.effectiveRegions(Level.valueOf(lr[0]), lr[1], c));
            String scope = k % 3 == 0 ? g.provinces.get(g.random.nextInt(g.provinces.size())) : null;
            int lo = 0;
            int hi = s.n;
            if (scope != null) {
                lo = s.lowerBound(Integer.parseInt(scope.substring(0, 2)) * 10_000);
                hi = s.lowerBound(Integer.parseInt(scope.substring(0, 2)) * 10_000 + 10_000);
            }
            BulkMatcher.Result r = BulkMatcher.match(s, cc, Generator.DAY, lo, hi);
            int met = 0;
            for (int row = 0; row < s.n; row++) {
                Facts f = s.facts(row);
                Verdict expected = row < lo || row >= hi ? null : cc.verdict(f, Generator.DAY);
                Verdict actual = Bits.get(r.met(), row) ? Verdict.MET : Bits.get(r.unknown(), row) ? Verdict.UNKNOWN : null;
                assertEquals(expected == Verdict.NOT_MET ? null : expected, actual, "row " + row + " policy " + k + " " + c);
                met += expected == Verdict.MET ? 1 : 0;
            }
            assertEquals(met, r.metCount());
        }
        assertEquals(3000, facts.size());
    }
}
