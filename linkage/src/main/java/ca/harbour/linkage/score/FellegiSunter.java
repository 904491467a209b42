package ca.harbour.linkage.score;

import ca.harbour.linkage.model.PreparedRecord;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A fitted Fellegi-Sunter model: prior match proportion λ among all pairs and, per field and
 * agreement level, m = P(level | match) and u = P(level | non-match). A pair's match weight is
 * {@code log2(λ/(1-λ)) + Σ hint_f · (log2(m/u) + tf adjustment)}; its match probability is
 * {@code 1 / (1 + 2^-weight)}. Missing values contribute nothing. Immutable and thread-safe.
 */
public final class FellegiSunter {
    private final Comparisons comparisons;
    private final double lambda;
    private final double[][] m;
    private final double[][] u;
    private final double[][] w;
    private final double[] hints;
    private final TermFrequencies tf;
    private final int[] order;
    private final double[] bestRest;

    /**
     * @param hints per-field multipliers of the log-likelihood ratio (1 = as fitted)
     * @param tf    term frequencies for exact-agreement adjustment (may be null)
     */
    public FellegiSunter(
            Comparisons comparisons, double lambda, double[][] m, double[][] u, double[] hints, TermFrequencies tf) {
        this.comparisons = comparisons;
        this.lambda = lambda;
        this.m = m;
        this.u = u;
        this.hints = hints;
        this.tf = tf;
        this.w = new double[m.length][];
        for (int f = 0; f < m.length; f++) {
            w[f] = new double[m[f].length];
            for (int l = 0; l < m[f].length; l++) {
                w[f][l] = hints[f] * log2(m[f][l] / u[f][l]);
            }
        }
        order = IntStream.range(0, m.length)
                .boxed()
                .sorted(Comparator.comparingInt(f -> comparisons.field(f).cost()))
                .mapToInt(Integer::intValue)
                .toArray();
        bestRest = new double[m.length + 1];
        for (int k = m.length - 1; k >= 0; k--) {
            int f = order[k];
            double best = 0;
            for (double x : w[f]) {
                best = Math.max(best, x);
            }
            if (tf != null) {
                best += Math.max(0, hints[f]) * TermFrequencies.MAX_LOG2;
            }
            bestRest[k] = bestRest[k + 1] + Math.max(0, best);
        }
    }

    /**
     * Match weight of two records, or {@code Double.NEGATIVE_INFINITY} as soon as it is certain to stay
     * below {@code floor} (cheap fields are compared first, so clear non-matches cost little).
     *
     * @param levels scratch array of the field count
     */
    public double weightAtLeast(PreparedRecord a, PreparedRecord b, double floor, int[] levels) {
        double s = priorWeight();
        boolean names = false;
        for (int k = 0; k < order.length; k++) {
            if (s + bestRest[k] < floor) {
                return Double.NEGATIVE_INFINITY;
            }
            int f = order[k];
            if (!comparisons.pairedName(f)) {
                levels[f] = comparisons.level(f, a, b);
            } else if (!names) {
                // given and family names are compared together (swaps): once for both
                comparisons.nameLevels(a, b, levels);
                names = true;
            }
            s += fieldWeight(f, levels[f], a, b);
        }
        return s;
    }

    /** The comparison-vector builder this model scores. */
    public Comparisons comparisons() {
        return comparisons;
    }

    /** Prior proportion of matches among all pairs. */
    public double lambda() {
        return lambda;
    }

    /** m probability of field {@code f} at level {@code l}. */
    public double m(int f, int l) {
        return m[f][l];
    }

    /** u probability of field {@code f} at level {@code l}. */
    public double u(int f, int l) {
        return u[f][l];
    }

    /** Log2 prior odds. */
    public double priorWeight() {
        return log2(lambda / (1 - lambda));
    }

    /** Contribution of field {@code f} at {@code level} for these records, including tf adjustment. */
    public double fieldWeight(int f, int level, PreparedRecord a, PreparedRecord b) {
        if (level == Comparisons.MISSING) {
            return 0;
        }
        double x = w[f][level];
        if (tf != null && level == m[f].length - 1) {
            x += hints[f] * tf.log2Adjustment(f, a.values()[f]);
        } else if (tf != null
                && level > 0
                && tf.enabled(f)
                && comparisons.field(f).adjustsPartialAgreement()) {
            x += hints[f] * partialAdjustment(f, a.values()[f], b.values()[f]);
        }
        return x;
    }

    /**
     * log2 adjustment of a partial agreement of free text or lists of names (never above 0): where both values are
     * common as a whole ("Letters" and "Letters to the editor"; one editor's name written in full and with
     * initials), by the less common one's term frequency; for free text, also by its
     * rarest shared word ({@link ca.harbour.linkage.compare.FieldComparison#log2SharedRarity}); the stronger of
     * the two. A partial agreement on rare values keeps its fitted weight.
     */
    private double partialAdjustment(int f, String a, String b) {
        double whole = Math.min(0, Math.max(tf.log2Adjustment(f, a), tf.log2Adjustment(f, b)));
        return Math.min(whole, comparisons.field(f).log2SharedRarity(a, b));
    }

    /** Match weight of a pair whose comparison vector is {@code levels}. */
    public double weight(int[] levels, PreparedRecord a, PreparedRecord b) {
        double s = priorWeight();
        for (int f = 0; f < levels.length; f++) {
            s += fieldWeight(f, levels[f], a, b);
        }
        return s;
    }

    /** Posterior match probability of a match weight. */
    public static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2, -weight));
    }

    /** Match weight at which the probability equals {@code p}. */
    public static double weightOf(double p) {
        return log2(p / (1 - p));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
