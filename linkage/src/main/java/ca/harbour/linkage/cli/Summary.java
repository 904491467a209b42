package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.LinkageResult;

import java.io.PrintStream;

/** Prints run statistics as "key: value" lines. */
final class Summary {

    private Summary() {
    }

    static void print(PrintStream out, LinkageResult r) {
        long matched = 0;
        for (int k = 0; k < r.pairs().size(); k++) {
            if (r.pairs().weight(k) >= r.model().thresholdWeight()) {
                matched++;
            }
        }
        int[] entity = r.entity().clone();
        java.util.Arrays.sort(entity);
        long entities = 0;
        for (int i = 0; i < entity.length; i++) {
            if (i == 0 || entity[i] != entity[i - 1]) {
                entities++;
            }
        }
        // No String.format: its Formatter and regular expressions cost a short run more than the rest
        // of this summary.
        out.println("records: " + r.records().size());
        out.println("pairs compared: " + r.comparisons());
        out.println("reduction ratio: " + Outputs.fixed(r.reductionRatio(), 1_000_000));
        out.println("model: lambda " + new java.math.BigDecimal(r.model().scorer().lambda())
                .round(new java.math.MathContext(3)).toPlainString()
                + ", threshold probability " + Outputs.fixed(r.model().threshold(), 1000));
        out.println("matched pairs: " + matched);
        out.println("entities: " + entities);
    }
}
