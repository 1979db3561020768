package org.yiwang.module.policy.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.yiwang.kernel.api.enterprise.Enterprise;

/** Collects enterprises (from {@code EnterpriseDirectory.scan}) into growing columns, then sorts them by region. */
final class SnapshotBuilder {

    private int n;
    private byte[] uscc = new byte[18 * 1024];
    private int[] region = new int[1024];
    private int[] industry = new int[1024];
    private byte[] size = new byte[1024];
    private int[] established = new int[1024];
    private int[] employees = new int[1024];
    private long[] revenue = new long[1024];
    private int[] rdRatio = new int[1024];
    private long[] rdExpense = new long[1024];
    private int[] tierFrom = new int[3 * 1024];
    private int[] tierUntil = new int[3 * 1024];

    void add(Enterprise e) {
        add(Facts.of(e));
    }

    void add(Facts f) {
        byte[] code = f.uscc().getBytes(StandardCharsets.US_ASCII);
        if (code.length != 18) {
            return;
        }
        if (n == region.length) {
            grow(n * 2);
        }
        System.arraycopy(code, 0, uscc, n * 18, 18);
        region[n] = f.region();
        industry[n] = f.industry();
        size[n] = (byte) f.size();
        established[n] = f.established();
        employees[n] = f.employees();
        revenue[n] = f.revenue();
        rdRatio[n] = f.rdRatio();
        rdExpense[n] = f.rdExpense();
        System.arraycopy(f.tierFrom(), 0, tierFrom, n * 3, 3);
        System.arraycopy(f.tierUntil(), 0, tierUntil, n * 3, 3);
        n++;
    }

    int size() {
        return n;
    }

    private void grow(int cap) {
        uscc = Arrays.copyOf(uscc, cap * 18);
        region = Arrays.copyOf(region, cap);
        industry = Arrays.copyOf(industry, cap);
        size = Arrays.copyOf(size, cap);
        established = Arrays.copyOf(established, cap);
        employees = Arrays.copyOf(employees, cap);
        revenue = Arrays.copyOf(revenue, cap);
        rdRatio = Arrays.copyOf(rdRatio, cap);
        rdExpense = Arrays.copyOf(rdExpense, cap);
        tierFrom = Arrays.copyOf(tierFrom, cap * 3);
        tierUntil = Arrays.copyOf(tierUntil, cap * 3);
    }

    /** The snapshot, rows ordered by region code (unknown regions first). */
    Snapshot build(Instant at) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) region[i] << 32) | i;
        }
        Arrays.sort(keys);
        byte[] u = new byte[n * 18];
        int[] r = new int[n];
        int[] ind = new int[n];
        byte[] sz = new byte[n];
        int[] est = new int[n];
        int[] emp = new int[n];
        long[] rev = new long[n];
        int[] ratio = new int[n];
        long[] rde = new long[n];
        int[] tf = new int[n * 3];
        int[] tu = new int[n * 3];
        for (int j = 0; j < n; j++) {
            int i = (int) keys[j];
            System.arraycopy(uscc, i * 18, u, j * 18, 18);
            r[j] = region[i];
            ind[j] = industry[i];
            sz[j] = size[i];
            est[j] = established[i];
            emp[j] = employees[i];
            rev[j] = revenue[i];
            ratio[j] = rdRatio[i];
            rde[j] = rdExpense[i];
            System.arraycopy(tierFrom, i * 3, tf, j * 3, 3);
            System.arraycopy(tierUntil, i * 3, tu, j * 3, 3);
        }
        return new Snapshot(n, at, u, r, ind, sz, est, emp, rev, ratio, rde, tf, tu);
    }
}
