package ca.harbour.linkage.score;

import ca.harbour.linkage.model.PreparedRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Value frequencies of the fields with term-frequency adjustment. Exact agreement on a value that is
 * rarer than average counts for more, on a common one for less: the Bayes factor is multiplied by
 * {@code Σ tf² / tf(value)} (clamped to [1/20, 20]); Σ tf² is the chance two random records agree.
 */
public final class TermFrequencies {
    private static final double MAX_FACTOR = 20;
    /** Largest possible log2 adjustment. */
    public static final double MAX_LOG2 = Math.log(MAX_FACTOR) / Math.log(2);
    private final Map<String, Integer>[] counts;
    private final double[] total;
    private final double[] sumSq;

    /** Counts values of the flagged fields over the records. */
    @SuppressWarnings("unchecked")
    public TermFrequencies(List<PreparedRecord> records, boolean[] enabled) {
        int n = enabled.length;
        counts = new Map[n];
        total = new double[n];
        sumSq = new double[n];
        for (int f = 0; f < n; f++) {
            if (!enabled[f]) {
                continue;
            }
            Map<String, Integer> c = new HashMap<>();
            for (PreparedRecord r : records) {
                String v = r.values()[f];
                if (v != null) {
                    c.merge(v, 1, Integer::sum);
                    total[f]++;
                }
            }
            double s = 0;
            for (int k : c.values()) {
                s += (k / total[f]) * (k / total[f]);
            }
            // A value seen once is what an unknown value counts as anyway: keep only the repeated ones
            // (on identifiers, phones and e-mails that is most of the map's memory).
            Map<String, Integer> repeated = new HashMap<>();
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                if (e.getValue() > 1) {
                    repeated.put(e.getKey(), e.getValue());
                }
            }
            counts[f] = repeated;
            sumSq[f] = s;
        }
    }

    /** log2 of the adjustment factor for exact agreement on {@code value} in field {@code f} (0 if off). */
    public double log2Adjustment(int f, String value) {
        Map<String, Integer> c = counts[f];
        if (c == null || total[f] == 0) {
            return 0;
        }
        double tf = Math.max(1, c.getOrDefault(value, 1)) / total[f];
        double factor = Math.max(1 / MAX_FACTOR, Math.min(MAX_FACTOR, sumSq[f] / tf));
        return Math.log(factor) / Math.log(2);
    }
}
