package ca.harbour.linkage.eval;

import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.model.PreparedRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a run against ground truth: precision, recall and F1 of the matched pairs and of the pairs implied
 * by the clusters, and blocking pair completeness (share of true pairs that were compared). In linking only
 * pairs across the two inputs count.
 */
public final class Evaluator {
    private final LinkageResult result;
    private final int[] truth;

    public Evaluator(LinkageResult result, GroundTruth groundTruth) {
        this.result = result;
        List<PreparedRecord> rs = result.records();
        Map<String, Integer> labels = new HashMap<>();
        truth = new int[rs.size()];
        for (int i = 0; i < rs.size(); i++) {
            String e = groundTruth.entityOf(rs.get(i).source(), rs.get(i).id());
            truth[i] = e == null ? -1 - i : labels.computeIfAbsent(e, k -> labels.size());
        }
    }

    private boolean counts(int i, int j) {
        return !result.linking() || (i < result.firstSize()) != (j < result.firstSize());
    }

    /** Matched pairs (at or above the model threshold) against the truth. */
    public Metrics pairs() {
        long tp = 0;
        long predicted = 0;
        double t = result.model().thresholdWeight();
        for (int k = 0; k < result.pairs().size(); k++) {
            if (result.pairs().weight(k) >= t) {
                predicted++;
                if (truth[result.pairs().a(k)] == truth[result.pairs().b(k)]) {
                    tp++;
                }
            }
        }
        return new Metrics(tp, predicted, truePairs());
    }

    /** Pairs implied by the clusters against the truth. */
    public Metrics clusters() {
        Map<Long, long[]> byCluster = new HashMap<>();
        Map<Long, long[]> byBoth = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            int side = result.linking() && i >= result.firstSize() ? 1 : 0;
            byCluster.computeIfAbsent((long) result.entity()[i], k -> new long[2])[side]++;
            long key = ((long) result.entity()[i] << 32) ^ (truth[i] & 0xffffffffL);
            byBoth.computeIfAbsent(key, k -> new long[2])[side]++;
        }
        return new Metrics(pairCount(byBoth), pairCount(byCluster), truePairs());
    }

    /** Share of true pairs that blocking put in a common block. */
    public double pairCompleteness() {
        Map<Integer, List<Integer>> groups = groups();
        long found = 0;
        long all = 0;
        for (List<Integer> g : groups.values()) {
            for (int x = 0; x < g.size(); x++) {
                for (int y = x + 1; y < g.size(); y++) {
                    if (counts(g.get(x), g.get(y))) {
                        all++;
                        if (result.index().shareBlock(g.get(x), g.get(y))) {
                            found++;
                        }
                    }
                }
            }
        }
        return all == 0 ? 1.0 : (double) found / all;
    }

    private long truePairs() {
        Map<Long, long[]> byTruth = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            int side = result.linking() && i >= result.firstSize() ? 1 : 0;
            byTruth.computeIfAbsent((long) truth[i], k -> new long[2])[side]++;
        }
        return pairCount(byTruth);
    }

    private long pairCount(Map<Long, long[]> groups) {
        long s = 0;
        for (long[] c : groups.values()) {
            s += result.linking() ? c[0] * c[1] : c[0] * (c[0] - 1) / 2;
        }
        return s;
    }

    private Map<Integer, List<Integer>> groups() {
        Map<Integer, List<Integer>> g = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] >= 0) {
                g.computeIfAbsent(truth[i], k -> new ArrayList<>()).add(i);
            }
        }
        return g;
    }
}
