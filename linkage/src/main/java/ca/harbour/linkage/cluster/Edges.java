package ca.harbour.linkage.cluster;

import java.util.Arrays;

/**
 * A growable list of scored pairs (record indexes and match weight); not thread-safe. Up to 2^16 pairs it
 * grows by doubling; past that it adds segments of 2^16 pairs (1 MB) and never copies what it holds, so
 * a run's millions of kept pairs are never held twice while the list grows or while the scoring threads'
 * lists are appended to one.
 */
public final class Edges {
    private static final int BITS = 16;
    private static final int SEGMENT = 1 << BITS;
    private static final int MASK = SEGMENT - 1;
    private int[][] a = new int[1][];
    private int[][] b = new int[1][];
    private double[][] w = new double[1][];
    private int size;

    /** An empty list. */
    public Edges() {
        this(16);
    }

    /** An empty list with room for {@code capacity} pairs (up to one segment) before it grows. */
    public Edges(int capacity) {
        int first = Math.max(1, Math.min(SEGMENT, capacity));
        a[0] = new int[first];
        b[0] = new int[first];
        w[0] = new double[first];
    }

    /** Appends a pair. */
    public void add(int i, int j, double weight) {
        int s = size >>> BITS;
        int at = size & MASK;
        if (s == a.length) {
            a = Arrays.copyOf(a, s * 2);
            b = Arrays.copyOf(b, s * 2);
            w = Arrays.copyOf(w, s * 2);
        }
        if (a[s] == null) {
            a[s] = new int[SEGMENT];
            b[s] = new int[SEGMENT];
            w[s] = new double[SEGMENT];
        } else if (at == a[s].length) {
            // only the first segment can be short
            int n = Math.min(SEGMENT, at * 2);
            a[s] = Arrays.copyOf(a[s], n);
            b[s] = Arrays.copyOf(b[s], n);
            w[s] = Arrays.copyOf(w[s], n);
        }
        a[s][at] = i;
        b[s][at] = j;
        w[s][at] = weight;
        size++;
    }

    /** Appends every pair of another list. */
    public void addAll(Edges o) {
        for (int k = 0; k < o.size; k++) {
            add(o.a(k), o.b(k), o.weight(k));
        }
    }

    public int size() {
        return size;
    }

    public int a(int k) {
        return a[k >>> BITS][k & MASK];
    }

    public int b(int k) {
        return b[k >>> BITS][k & MASK];
    }

    public double weight(int k) {
        return w[k >>> BITS][k & MASK];
    }
}
