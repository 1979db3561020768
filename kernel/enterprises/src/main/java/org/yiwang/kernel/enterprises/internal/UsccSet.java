package org.yiwang.kernel.enterprises.internal;

import org.yiwang.kernel.standards.uscc.Uscc;

/**
 * The valid USCCs seen in one import file with the row each first appeared in: an open-addressing
 * table of two longs per code (18 characters of a 31-letter alphabet, 9 per long), about 40 bytes
 * per entry, so a million-row file costs tens of megabytes, not hundreds.
 */
final class UsccSet {

    private long[] high = new long[1 << 12];
    private long[] low = new long[1 << 12];
    private long[] rows = new long[1 << 12];
    private int size;

    /** Records {@code uscc} (a valid, normalised code) at {@code row}; returns the earlier row, or 0 if new. */
    long putIfAbsent(String uscc, long row) {
        if ((size + 1) * 2 > rows.length) {
            grow();
        }
        long h = half(uscc, 0);
        long l = half(uscc, 9);
        int mask = rows.length - 1;
        int i = (int) mix(h, l) & mask;
        while (rows[i] != 0) {
            if (high[i] == h && low[i] == l) {
                return rows[i];
            }
            i = (i + 1) & mask;
        }
        high[i] = h;
        low[i] = l;
        rows[i] = row;
        size++;
        return 0;
    }

    private static long half(String uscc, int from) {
        long v = 0;
        for (int i = from; i < from + 9; i++) {
            v = v * 31 + Uscc.CHARSET.indexOf(uscc.charAt(i));
        }
        return v;
    }

    private static long mix(long h, long l) {
        long x = h * 0x9E3779B97F4A7C15L ^ l * 0xC2B2AE3D27D4EB4FL;
        return x ^ (x >>> 29);
    }

    private void grow() {
        long[] oh = high;
        long[] ol = low;
        long[] or = rows;
        high = new long[or.length * 2];
        low = new long[or.length * 2];
        rows = new long[or.length * 2];
        int mask = rows.length - 1;
        for (int j = 0; j < or.length; j++) {
            if (or[j] != 0) {
                int i = (int) mix(oh[j], ol[j]) & mask;
                while (rows[i] != 0) {
                    i = (i + 1) & mask;
                }
                high[i] = oh[j];
                low[i] = ol[j];
                rows[i] = or[j];
            }
        }
    }

    int size() {
        return size;
    }
}
