package ca.harbour.linkage.score;

import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.PreparedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a pair scored as it did: the prior and each field's contribution to the match weight.
 *
 * @param priorWeight log2 prior odds
 * @param fields      per-field contributions
 * @param weight      total match weight
 * @param probability posterior match probability
 */
public record Explanation(double priorWeight, List<Contribution> fields, double weight, double probability) {

    /**
     * One field's part.
     *
     * @param field  field name
     * @param left   canonical left value (null = missing)
     * @param right  canonical right value
     * @param level  agreement label ("exact", "close", "similar", "different", "missing")
     * @param weight log2 Bayes factor added (0 when missing)
     */
    public record Contribution(String field, String left, String right, String level, double weight) {}

    /** Explains the score of two records under a model. */
    public static Explanation of(FellegiSunter fs, DatasetDescription d, PreparedRecord a, PreparedRecord b) {
        Comparisons c = fs.comparisons();
        int[] levels = new int[c.size()];
        c.compare(a, b, levels);
        List<Contribution> parts = new ArrayList<>();
        for (int f = 0; f < levels.length; f++) {
            String label =
                    levels[f] == Comparisons.MISSING ? "missing" : c.field(f).label(levels[f]);
            parts.add(new Contribution(
                    d.fields().get(f).name(), a.values()[f], b.values()[f], label, fs.fieldWeight(f, levels[f], a, b)));
        }
        double w = fs.weight(levels, a, b);
        return new Explanation(fs.priorWeight(), parts, w, FellegiSunter.probability(w));
    }

    /** Compact text: "surname=exact(+8.1) dob=different(-5.2) ...". */
    public String summary() {
        StringBuilder s = new StringBuilder();
        for (Contribution c : fields) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(c.field()).append('=').append(c.level()).append(String.format(Locale.ROOT, "(%+.2f)", c.weight()));
        }
        return s.toString();
    }
}
