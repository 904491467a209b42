package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.io.Messages;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;

/** Prints run statistics as "key: value" lines. */
final class Summary {

    private Summary() {}

    /** Prints the summary of {@code r}, labelled in {@code locale} (the figures are written the same way). */
    static void print(PrintStream out, LinkageResult r, Locale locale) {
        long matched = 0;
        for (int k = 0; k < r.pairs().size(); k++) {
            if (r.pairs().weight(k) >= r.model().thresholdWeight()) {
                matched++;
            }
        }
        int[] entity = r.entity().clone();
        Arrays.sort(entity);
        long entities = 0;
        for (int i = 0; i < entity.length; i++) {
            if (i == 0 || entity[i] != entity[i - 1]) {
                entities++;
            }
        }
        // No String.format: its Formatter and regular expressions cost a short run more than the rest
        // of this summary. Figures are passed as strings, so they read the same in every language.
        out.println(Messages.text(locale, "summary.records", r.records().size()));
        out.println(Messages.text(locale, "summary.compared", r.comparisons()));
        out.println(Messages.text(locale, "summary.reduction", Outputs.fixed(r.reductionRatio(), 1_000_000)));
        out.println(Messages.text(
                locale,
                "summary.model",
                new BigDecimal(r.model().scorer().lambda())
                        .round(new MathContext(3))
                        .toPlainString(),
                Outputs.fixed(r.model().threshold(), 1000)));
        out.println(Messages.text(locale, "summary.matched", matched));
        out.println(Messages.text(locale, "summary.entities", entities));
    }
}
