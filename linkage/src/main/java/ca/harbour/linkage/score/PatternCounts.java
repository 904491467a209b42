package ca.harbour.linkage.score;

import java.util.Arrays;

/**
 * How many compared pairs showed each comparison pattern; the sufficient statistic for EM. An
 * open-addressing table of primitive codes and counts: every candidate pair of the training pass adds to
 * it, and a boxed map cost each pair an allocation and a lambda.
 */
public final class PatternCounts {
    private static final long EMPTY = -1;
    private long[] codes = newTable(64);
    private long[] counts = new long[64];
    private int size;

    private static long[] newTable(int n) {
        long[] t = new long[n];
        Arrays.fill(t, EMPTY);
        return t;
    }

    /** Counts one pair with pattern {@code code}. */
    public void add(long code) {
        add(code, 1);
    }

    /** Counts {@code n} pairs with pattern {@code code} (a pattern code is never negative). */
    public void add(long code, long n) {
        int mask = codes.length - 1;
        int s = slot(code, mask);
        while (codes[s] != code) {
            if (codes[s] == EMPTY) {
                codes[s] = code;
                if (++size * 2 > codes.length) {
                    counts[s] += n;
                    grow();
                    return;
                }
                break;
            }
            s = (s + 1) & mask;
        }
        counts[s] += n;
    }

    private static int slot(long code, int mask) {
        return (int) ((code * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private void grow() {
        long[] oldCodes = codes;
        long[] oldCounts = counts;
        codes = newTable(oldCodes.length * 2);
        counts = new long[oldCodes.length * 2];
        int mask = codes.length - 1;
        for (int i = 0; i < oldCodes.length; i++) {
            if (oldCodes[i] != EMPTY) {
                int s = slot(oldCodes[i], mask);
                while (codes[s] != EMPTY) {
                    s = (s + 1) & mask;
                }
                codes[s] = oldCodes[i];
                counts[s] = oldCounts[i];
            }
        }
    }

    /** Adds all counts of another instance. */
    public void addAll(PatternCounts other) {
        for (int i = 0; i < other.codes.length; i++) {
            if (other.codes[i] != EMPTY) {
                add(other.codes[i], other.counts[i]);
            }
        }
    }

    /** The patterns seen, in ascending code order (so that EM sums in the same order on every run). */
    public Sorted sorted() {
        long[] c = new long[size];
        int k = 0;
        for (long code : codes) {
            if (code != EMPTY) {
                c[k++] = code;
            }
        }
        Arrays.sort(c);
        long[] n = new long[size];
        int mask = codes.length - 1;
        for (int i = 0; i < size; i++) {
            int s = slot(c[i], mask);
            while (codes[s] != c[i]) {
                s = (s + 1) & mask;
            }
            n[i] = counts[s];
        }
        return new Sorted(c, n);
    }

    /** Pattern codes in ascending order and the number of pairs with each. */
    public record Sorted(long[] codes, long[] counts) {}

    /** Total number of pairs counted. */
    public long total() {
        long t = 0;
        for (long n : counts) {
            t += n;
        }
        return t;
    }
}
