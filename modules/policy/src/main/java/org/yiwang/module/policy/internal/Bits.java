package org.yiwang.module.policy.internal;

/** Fixed-size bit sets as {@code long[]}, with the few operations matching needs (no allocation beyond the arrays). */
final class Bits {

    private Bits() {
    }

    static long[] of(int n) {
        return new long[(n + 63) >>> 6];
    }

    static void set(long[] b, int i) {
        b[i >>> 6] |= 1L << i;
    }

    static boolean get(long[] b, int i) {
        return (b[i >>> 6] & (1L << i)) != 0;
    }

    static void clear(long[] b, int i) {
        b[i >>> 6] &= ~(1L << i);
    }

    /** Sets bits [from, to). */
    static void setRange(long[] b, int from, int to) {
        if (from >= to) {
            return;
        }
        int fw = from >>> 6;
        int tw = (to - 1) >>> 6;
        long first = -1L << from;
        long last = -1L >>> -to;
        if (fw == tw) {
            b[fw] |= first & last;
            return;
        }
        b[fw] |= first;
        for (int w = fw + 1; w < tw; w++) {
            b[w] = -1L;
        }
        b[tw] |= last;
    }

    static int count(long[] b, int fromWord, int toWord) {
        int c = 0;
        for (int w = fromWord; w < toWord; w++) {
            c += Long.bitCount(b[w]);
        }
        return c;
    }

    static int count(long[] b) {
        return count(b, 0, b.length);
    }
}
