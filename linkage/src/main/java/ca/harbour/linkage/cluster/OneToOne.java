package ca.harbour.linkage.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps at most one match per record where each record of one input can match at most one of the other
 * (two catalogues of the same works, two registers of the same people). The matched pairs fall into
 * connected groups; in each, the kept pairs are the consistent assignment with the largest total match weight
 * (the most likely joint explanation, each weight being a log-likelihood ratio). A group with at most
 * {@link #EXACT_LIMIT} records on its smaller side is solved exactly (the Hungarian method); a larger one
 * greedily, the heaviest pair first. Pairs below the match threshold (kept for output only) stay where
 * neither of their records is matched.
 */
public final class OneToOne {
    /** Largest smaller side of a group solved exactly: the Hungarian method costs its square times the other. */
    static final int EXACT_LIMIT = 200;

    private OneToOne() {}

    /**
     * The pairs of {@code pairs} that a one-to-one assignment keeps.
     *
     * @param threshold match weight at or above which a pair is a match
     */
    public static Edges assign(Edges pairs, int records, double threshold) {
        UnionFind groups = new UnionFind(records);
        for (int k = 0; k < pairs.size(); k++) {
            if (pairs.weight(k) >= threshold) {
                groups.union(pairs.a(k), pairs.b(k));
            }
        }
        Map<Integer, List<Integer>> byGroup = new HashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            if (pairs.weight(k) >= threshold) {
                byGroup.computeIfAbsent(groups.find(pairs.a(k)), g -> new ArrayList<>())
                        .add(k);
            }
        }
        boolean[] kept = new boolean[pairs.size()];
        for (List<Integer> group : byGroup.values()) {
            if (group.size() == 1) {
                kept[group.get(0)] = true;
            } else {
                solve(pairs, group, kept);
            }
        }
        boolean[] matched = new boolean[records];
        for (int k = 0; k < pairs.size(); k++) {
            if (kept[k]) {
                matched[pairs.a(k)] = true;
                matched[pairs.b(k)] = true;
            }
        }
        Edges out = new Edges(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            boolean below = pairs.weight(k) < threshold && !matched[pairs.a(k)] && !matched[pairs.b(k)];
            if (kept[k] || below) {
                out.add(pairs.a(k), pairs.b(k), pairs.weight(k));
            }
        }
        return out;
    }

    /** Marks in {@code kept} the pairs (indexes into {@code pairs}) of one group's best assignment. */
    private static void solve(Edges pairs, List<Integer> group, boolean[] kept) {
        Map<Integer, Integer> left = new HashMap<>();
        Map<Integer, Integer> right = new HashMap<>();
        for (int k : group) {
            left.putIfAbsent(pairs.a(k), left.size());
            right.putIfAbsent(pairs.b(k), right.size());
        }
        if (Math.min(left.size(), right.size()) <= EXACT_LIMIT) {
            exact(pairs, group, left, right, kept);
        } else {
            greedy(pairs, group, kept);
        }
    }

    /** The heaviest pair first, then the heaviest among those whose records are both still free. */
    static void greedy(Edges pairs, List<Integer> group, boolean[] kept) {
        Integer[] order = group.toArray(new Integer[0]);
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(pairs.weight(y), pairs.weight(x));
            if (c != 0) {
                return c;
            }
            c = Integer.compare(pairs.a(x), pairs.a(y));
            return c != 0 ? c : Integer.compare(pairs.b(x), pairs.b(y));
        });
        Set<Integer> used = new HashSet<>();
        for (int k : order) {
            if (!used.contains(pairs.a(k)) && !used.contains(pairs.b(k))) {
                kept[k] = true;
                used.add(pairs.a(k));
                used.add(pairs.b(k));
            }
        }
    }

    /**
     * The assignment of largest total weight (Hungarian method on the smaller side's rows; a pair that is not a
     * match weighs nothing, and an assignment through it keeps no pair).
     */
    private static void exact(
            Edges pairs, List<Integer> group, Map<Integer, Integer> left, Map<Integer, Integer> right, boolean[] kept) {
        boolean rowsLeft = left.size() <= right.size();
        int n = rowsLeft ? left.size() : right.size();
        int m = rowsLeft ? right.size() : left.size();
        double[][] cost = new double[n][m];
        int[][] pair = new int[n][m];
        for (int[] row : pair) {
            Arrays.fill(row, -1);
        }
        for (int k : group) {
            int i = rowsLeft ? left.get(pairs.a(k)) : right.get(pairs.b(k));
            int j = rowsLeft ? right.get(pairs.b(k)) : left.get(pairs.a(k));
            if (pair[i][j] < 0 || pairs.weight(k) > pairs.weight(pair[i][j])) {
                pair[i][j] = k;
                cost[i][j] = -Math.max(0, pairs.weight(k));
            }
        }
        int[] column = hungarian(cost);
        for (int i = 0; i < n; i++) {
            int k = pair[i][column[i]];
            if (k >= 0) {
                kept[k] = true;
            }
        }
    }

    /**
     * Minimum-cost assignment of every row of an n × m cost matrix (n ≤ m) to a distinct column, by the
     * Hungarian method with potentials in O(n² m); the column of each row.
     */
    static int[] hungarian(double[][] cost) {
        int n = cost.length;
        int m = cost[0].length;
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] column = new int[n];
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                column[p[j] - 1] = j - 1;
            }
        }
        return column;
    }
}
