package ca.harbour.linkage.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much each word of a free-text field says: its inverse document frequency, {@code ln(N / df)} over the
 * field's N values, a word in df of them. A model code or an unusual name weighs much more than "black" or
 * "the". Words seen once, or never, weigh {@code ln N}. Immutable.
 */
public final class TokenWeights {
    private final Map<String, Float> repeated;
    private final float rare;

    private TokenWeights(Map<String, Float> repeated, float rare) {
        this.repeated = repeated;
        this.rare = rare;
    }

    /** The weights of the words of {@code values} (null values skipped); null when there are none. */
    public static TokenWeights count(Iterable<String> values) {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (v == null) {
                continue;
            }
            n++;
            seen.clear();
            for (String t : v.split(" ")) {
                if (seen.add(t)) {
                    df.merge(t, 1, Integer::sum);
                }
            }
        }
        if (n == 0) {
            return null;
        }
        Map<String, Float> repeated = new HashMap<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() > 1) {
                repeated.put(e.getKey(), (float) Math.log((double) n / e.getValue()));
            }
        }
        return new TokenWeights(repeated, (float) Math.log(n));
    }

    /** The weight of one word. */
    public double weight(String token) {
        Float w = repeated.get(token);
        return w == null ? rare : w;
    }

    /**
     * log2 of what two texts that agree only in part say by the words they share: the weight of their rarest
     * shared word against that of a word seen once ({@code ln N}), between 1/20 and 1; 0 (no change) when they
     * share no word, or when both have more than three words (their level already weighs their words). "Letters"
     * and "Letters to the editor" share a word that heads a column in every issue, and weigh less than two
     * titles that share a rare word.
     */
    public double log2SharedRarity(String a, String b) {
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        if (Math.min(wa.length, wb.length) > 3) {
            // longer texts are levelled by their words' weights already (weighted Jaccard)
            return 0;
        }
        Set<String> sb = new HashSet<>(List.of(wb));
        double best = -1;
        for (String t : wa) {
            if (sb.contains(t)) {
                best = Math.max(best, weight(t));
            }
        }
        if (best < 0 || rare <= 0) {
            return 0;
        }
        return Math.log(Math.max(1.0 / 20, Math.min(1, best / rare))) / Math.log(2);
    }

    /**
     * The weighted Jaccard index of two values' word sets, Σ shared weight / Σ weight of all their words,
     * and (second) the shared weight's share of the lighter value's words.
     */
    public double[] overlap(String a, String b) {
        Set<String> sa = new HashSet<>(List.of(a.split(" ")));
        Set<String> sb = new HashSet<>(List.of(b.split(" ")));
        double wa = 0;
        double shared = 0;
        for (String t : sa) {
            double w = weight(t);
            wa += w;
            if (sb.contains(t)) {
                shared += w;
            }
        }
        double wb = 0;
        for (String t : sb) {
            wb += weight(t);
        }
        double union = wa + wb - shared;
        double lighter = Math.min(wa, wb);
        return new double[] {union <= 0 ? 1 : shared / union, lighter <= 0 ? 1 : shared / lighter};
    }
}
