package ca.harbour.linkage.eval;

import java.util.Locale;

/**
 * Pair-level quality: true positives, predicted and true pair counts.
 *
 * @param truePositives predicted pairs that are true
 * @param predicted     predicted pairs
 * @param actual        true pairs
 */
public record Metrics(long truePositives, long predicted, long actual) {

    public double precision() {
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision %.4f recall %.4f f1 %.4f (tp %d, predicted %d, true %d)",
                precision(), recall(), f1(), truePositives, predicted, actual);
    }
}
