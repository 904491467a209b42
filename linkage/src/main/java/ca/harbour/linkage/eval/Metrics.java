package ca.harbour.linkage.eval;

import ca.harbour.linkage.io.Messages;
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
        return format(Locale.ROOT);
    }

    /** "precision 0.9990 recall 0.9980 f1 0.9985 (tp …, predicted …, true …)", the words in {@code locale}. */
    public String format(Locale locale) {
        return Messages.text(
                locale,
                "eval.metrics",
                String.format(Locale.ROOT, "%.4f", precision()),
                String.format(Locale.ROOT, "%.4f", recall()),
                String.format(Locale.ROOT, "%.4f", f1()),
                truePositives,
                predicted,
                actual);
    }
}
