package ca.harbour.linkage.cluster;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Plug-in point and default: connected components over pairs whose match weight reaches the threshold,
 * guarded against chaining through weak links in two ways: an edge less than 100× in odds above the
 * threshold may attach a lone record to a group but never join two groups; and a component larger than
 * {@code maxSize} is split again using only its stronger edges (threshold raised by 10× in odds each round).
 * The result depends only on the set of edges, never on their order. Entity of a record = smallest record index of its cluster.
 */
public final class Clusterer {
    private static final double STEP = Math.log(10) / Math.log(2);
    /** Edges this far above the threshold (100× in odds) are strong; weaker ones may not join two groups. */
    private static final double STRONG = 2 * STEP;

    private final double thresholdWeight;
    private final int maxSize;

    public Clusterer(double thresholdWeight, int maxSize) {
        this.thresholdWeight = thresholdWeight;
        this.maxSize = Math.max(2, maxSize);
    }

    /** Cluster representative (smallest member index) of each of {@code n} records. */
    public int[] cluster(int n, Edges edges) {
        int[] rep = new int[n];
        for (int i = 0; i < n; i++) {
            rep[i] = i;
        }
        split(edges, null, edges.size(), thresholdWeight, new UnionFind(n), rep);
        return rep;
    }

    /**
     * Clusters the endpoints of the first {@code count} edges of {@code ks} (null: edges 0 to count - 1)
     * at threshold {@code t}. Edges are handled by index in primitive arrays (no boxing: a million-record
     * run has millions of them).
     */
    private void split(Edges e, int[] ks, int count, double t, UnionFind uf, int[] rep) {
        int[] strong = new int[count];
        int ns = 0;
        int nw = 0;
        for (int x = 0; x < count; x++) {
            int k = ks == null ? x : ks[x];
            if (e.weight(k) >= t + STRONG) {
                uf.union(e.a(k), e.b(k));
                strong[ns++] = k;
            } else if (e.weight(k) >= t) {
                nw++;
            }
        }
        long[] weak = new long[nw];
        nw = 0;
        for (int x = 0; x < count; x++) {
            int k = ks == null ? x : ks[x];
            if (e.weight(k) < t + STRONG && e.weight(k) >= t) {
                weak[nw++] = (long) descending((float) e.weight(k)) << 32 | k;
            }
        }
        // Weak edges strongest first, ties broken by endpoints, so the order does not depend on the edges'
        // order: sorted by their weights rounded to floats (packed with the edge in a long), then runs of
        // equal floats, which are rare, by exact weight and endpoints.
        Arrays.sort(weak);
        for (int from = 0; from < nw; ) {
            int to = from + 1;
            while (to < nw && weak[to] >>> 32 == weak[from] >>> 32) {
                to++;
            }
            if (to - from > 1) {
                sortTies(e, weak, from, to);
            }
            for (int x = from; x < to; x++) {
                int k = (int) weak[x];
                if (uf.sizeOf(e.a(k)) == 1 || uf.sizeOf(e.b(k)) == 1 || uf.find(e.a(k)) == uf.find(e.b(k))) {
                    uf.union(e.a(k), e.b(k));
                    strong[ns++] = k;
                }
            }
            from = to;
        }
        // A component's representative is its smallest record, gathered at its root (whose rep is the root
        // itself until then: the records of a component are exactly its set in the union-find, reset before
        // each split) and then given to every record. Only the edges of components too large to keep are
        // grouped, to be split again; they are moved to the front of the kept edges.
        boolean deeper = t < thresholdWeight + 12 * STEP;
        for (int x = 0; x < ns; x++) {
            int k = strong[x];
            int root = uf.find(e.a(k));
            if (!deeper || uf.sizeOf(root) <= maxSize) {
                rep[root] = Math.min(rep[root], Math.min(e.a(k), e.b(k)));
            }
        }
        int nb = 0;
        for (int x = 0; x < ns; x++) {
            int k = strong[x];
            int root = uf.find(e.a(k));
            if (!deeper || uf.sizeOf(root) <= maxSize) {
                rep[e.a(k)] = rep[root];
                rep[e.b(k)] = rep[root];
            } else {
                strong[nb++] = k;
            }
        }
        if (nb == 0) {
            return;
        }
        // Group the large components' edges: sort (root, edge) pairs packed in longs.
        long[] byRoot = new long[nb];
        for (int x = 0; x < nb; x++) {
            byRoot[x] = ((long) uf.find(e.a(strong[x])) << 32) | strong[x];
        }
        Arrays.sort(byRoot);
        int[] comp = new int[nb];
        for (int from = 0; from < nb; ) {
            int root = (int) (byRoot[from] >>> 32);
            int size = 0;
            int to = from;
            for (; to < nb && (int) (byRoot[to] >>> 32) == root; to++) {
                comp[size++] = (int) byRoot[to];
            }
            for (int x = 0; x < size; x++) {
                reset(uf, rep, e.a(comp[x]));
                reset(uf, rep, e.b(comp[x]));
            }
            split(e, Arrays.copyOf(comp, size), size, t + STEP, uf, rep);
            from = to;
        }
    }

    /** An int whose signed order is the descending order of the float {@code w}. */
    static int descending(float w) {
        int bits = Float.floatToIntBits(w);
        // IEEE order as a signed int (the negative floats' order reversed), then reversed
        return ~(bits < 0 ? bits ^ 0x7fffffff : bits);
    }

    /** Sorts weak edges {@code [from, to)} of equal rounded weight by exact weight (descending) and endpoints. */
    private static void sortTies(Edges e, long[] weak, int from, int to) {
        Integer[] ties = new Integer[to - from];
        for (int x = from; x < to; x++) {
            ties[x - from] = (int) weak[x];
        }
        Arrays.sort(
                ties,
                Comparator.<Integer>comparingDouble(k -> -e.weight(k))
                        .thenComparingInt(k -> Math.min(e.a(k), e.b(k)))
                        .thenComparingInt(k -> Math.max(e.a(k), e.b(k))));
        for (int x = from; x < to; x++) {
            weak[x] = weak[x] & 0xffffffff00000000L | ties[x - from];
        }
    }

    private static void reset(UnionFind uf, int[] rep, int x) {
        uf.reset(x);
        rep[x] = x;
    }
}
