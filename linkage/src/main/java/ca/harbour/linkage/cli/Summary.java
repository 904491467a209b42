package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.LinkageResult;

import java.io.PrintStream;
import java.util.Locale;

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
        long entities = java.util.Arrays.stream(r.entity()).distinct().count();
        out.println("records: " + r.records().size());
        out.println("pairs compared: " + r.comparisons());
        out.println(String.format(Locale.ROOT, "reduction ratio: %.6f", r.reductionRatio()));
        out.println(String.format(Locale.ROOT, "model: lambda %.3g, threshold probability %.3f",
                r.model().scorer().lambda(), r.model().threshold()));
        out.println("matched pairs: " + matched);
        out.println("entities: " + entities);
    }
}
