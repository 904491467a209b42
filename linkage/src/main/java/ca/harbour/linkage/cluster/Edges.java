package ca.harbour.linkage.cluster;

import java.util.Arrays;

/** A growable list of scored pairs (record indexes and match weight); not thread-safe. */
public final class Edges {
    private int[] a;
    private int[] b;
    private double[] w;
    private int size;

    /** An empty list. */
    public Edges() {
        this(16);
    }

    /** An empty list with room for {@code capacity} pairs before it grows. */
    public Edges(int capacity) {
        a = new int[Math.max(1, capacity)];
        b = new int[a.length];
        w = new double[a.length];
    }

    /** Appends a pair. */
    public void add(int i, int j, double weight) {
        if (size == a.length) {
            int n = size * 2;
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
            w = Arrays.copyOf(w, n);
        }
        a[size] = i;
        b[size] = j;
        w[size++] = weight;
    }

    /** Appends every pair of another list. */
    public void addAll(Edges o) {
        for (int k = 0; k < o.size; k++) {
            add(o.a[k], o.b[k], o.w[k]);
        }
    }

    public int size() {
        return size;
    }

    public int a(int k) {
        return a[k];
    }

    public int b(int k) {
        return b[k];
    }

    public double weight(int k) {
        return w[k];
    }
}
