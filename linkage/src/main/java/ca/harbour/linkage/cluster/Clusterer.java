package ca.harbour.linkage.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        List<Integer> all = new ArrayList<>();
        for (int k = 0; k < edges.size(); k++) {
            all.add(k);
        }
        split(edges, all, thresholdWeight, new UnionFind(n), rep);
        return rep;
    }

    private void split(Edges e, List<Integer> ks, double t, UnionFind uf, int[] rep) {
        List<Integer> strong = new ArrayList<>();
        List<Integer> weak = new ArrayList<>();
        for (int k : ks) {
            if (e.weight(k) >= t + STRONG) {
                uf.union(e.a(k), e.b(k));
                strong.add(k);
            } else if (e.weight(k) >= t) {
                weak.add(k);
            }
        }
        weak.sort(java.util.Comparator.<Integer>comparingDouble(k -> -e.weight(k))
                .thenComparingInt(k -> Math.min(e.a(k), e.b(k))).thenComparingInt(k -> Math.max(e.a(k), e.b(k))));
        for (int k : weak) {
            if (uf.sizeOf(e.a(k)) == 1 || uf.sizeOf(e.b(k)) == 1 || uf.find(e.a(k)) == uf.find(e.b(k))) {
                uf.union(e.a(k), e.b(k));
                strong.add(k);
            }
        }
        Map<Integer, List<Integer>> byRoot = new java.util.TreeMap<>();
        for (int k : strong) {
            byRoot.computeIfAbsent(uf.find(e.a(k)), r -> new ArrayList<>()).add(k);
        }
        for (List<Integer> comp : byRoot.values()) {
            List<Integer> nodes = nodes(e, comp);
            int min = nodes.stream().mapToInt(Integer::intValue).min().orElseThrow();
            if (nodes.size() > maxSize && t < thresholdWeight + 12 * STEP) {
                for (int x : nodes) {
                    uf.reset(x);
                    rep[x] = x;
                }
                split(e, comp, t + STEP, uf, rep);
            } else {
                for (int x : nodes) {
                    rep[x] = min;
                }
            }
        }
    }

    private static List<Integer> nodes(Edges e, List<Integer> comp) {
        java.util.TreeSet<Integer> s = new java.util.TreeSet<>();
        for (int k : comp) {
            s.add(e.a(k));
            s.add(e.b(k));
        }
        return new ArrayList<>(s);
    }
}
