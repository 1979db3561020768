package org.yiwang.module.policy.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.EnterpriseDirectory;
import org.yiwang.kernel.api.enterprise.EnterpriseQuery;
import org.yiwang.kernel.api.enterprise.TierAward;

/** An in-memory SME database (the real one is kernel/enterprises). */
final class FakeDirectory implements EnterpriseDirectory {

    final Map<String, Enterprise> all = new TreeMap<>();

    synchronized void put(Enterprise e) {
        all.put(e.uscc(), e);
    }

    synchronized void remove(String uscc) {
        all.remove(uscc);
    }

    @Override
    public synchronized Optional<Enterprise> find(String uscc) {
        return Optional.ofNullable(all.get(uscc));
    }

    @Override
    public Page<Enterprise> search(EnterpriseQuery query, PageRequest page) {
        throw new UnsupportedOperationException("not used by policy");
    }

    @Override
    public synchronized void scan(Instant changedSince, Consumer<Enterprise> sink) {
        all.values().stream().filter(e -> changedSince == null || e.updatedAt() == null || !e.updatedAt().isBefore(changedSince))
                .forEach(sink);
    }

    /** An enterprise with the facts matching reads (null: unknown). */
    static Enterprise enterprise(String uscc, String region, String industry, String size, Integer employees,
                                 String revenue, LocalDate established, String rdExpense, String rdRatio,
                                 List<TierAward> tiers) {
        return new Enterprise(uscc, "企业" + uscc.substring(10, 17), region, industry, size, employees,
                revenue == null ? null : new BigDecimal(revenue), null, established,
                rdExpense == null ? null : new BigDecimal(rdExpense), rdRatio == null ? null : new BigDecimal(rdRatio),
                null, null, tiers, List.of(), List.of(), Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-01T00:00:00Z"), 1L);
    }
}
