package ca.harbour.linkage.compare;

import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Tolerance;

/**
 * Turns two canonical values of one field into an agreement level: 0 = disagree up to
 * {@code levels() - 1} = exact agreement. Levels per kind:
 * names exact / JW ≥ 0.92 or same nickname / JW ≥ 0.80 or same phonetic key or (given names) initials of
 * the other / else;
 * dates exact / one typo or day-month swap / within a year / else; identifiers exact / 1 edit / 2 edits / else;
 * phones and e-mails exact / near / else; addresses (different when their numbers disagree, at
 * most similar when they are a typo apart, see {@link #numberAgreement}) and text by token similarity (short text word by word
 * with Jaro-Winkler, longer text by shared words; one value contained in the other is similar); categorical exact / else;
 * lists of person names see {@link NameLists}.
 */
public final class FieldComparison {
    private final FieldKind kind;
    private final int levels;
    /** For free text: how much each word says (null: every word alike). */
    private final TokenWeights weights;
    /** For numbers: how far apart is still close. */
    private final Tolerance tolerance;

    public FieldComparison(FieldKind kind) {
        this(kind, null, Tolerance.DEFAULT);
    }

    /** The comparison of a field as described: its kind, and for a number its tolerance. */
    public static FieldComparison of(FieldSpec f) {
        return new FieldComparison(f.kind(), null, f.tolerance());
    }

    private FieldComparison(FieldKind kind, TokenWeights weights, Tolerance tolerance) {
        this.kind = kind;
        this.weights = weights;
        this.tolerance = tolerance;
        switch (kind) {
            case CATEGORICAL:
                levels = 2;
                break;
            case PHONE:
            case EMAIL:
            case CITY:
                levels = 3;
                break;
            default:
                levels = 4;
        }
    }

    /**
     * The same comparison with free text of more than three words compared by its words' weights (see
     * {@link TokenWeights}): two shops' titles of one product share its rare model code, and two unrelated
     * titles share only common words, which the plain share of words cannot tell apart.
     */
    public FieldComparison withWeights(TokenWeights w) {
        return new FieldComparison(kind, w, tolerance);
    }

    /**
     * For free text with word weights, log2 of how much a partial agreement says by its rarest shared word
     * (see {@link TokenWeights#log2SharedRarity}); otherwise 0.
     */
    public double log2SharedRarity(String a, String b) {
        return weights == null || kind != FieldKind.TEXT ? 0 : weights.log2SharedRarity(a, b);
    }

    /**
     * Whether a partial agreement is adjusted by how common the values are (free text, lists of names: the
     * same column title, the same editor, year after year), not only exact agreement.
     */
    public boolean adjustsPartialAgreement() {
        return kind == FieldKind.TEXT || kind == FieldKind.PERSON_NAMES;
    }

    /** Number of agreement levels (≥ 2). */
    public int levels() {
        return levels;
    }

    /** Relative cost of {@link #level}: cheap exact-ish kinds first, token and string similarity last. */
    public int cost() {
        switch (kind) {
            case CATEGORICAL:
            case IDENTIFIER:
            case DATE:
            case PHONE:
            case EMAIL:
            case POSTCODE:
            case NUMERIC:
                return 1;
            case GIVEN_NAME:
            case FAMILY_NAME:
            case CITY:
                return 2;
            default:
                return 3;
        }
    }

    /** Short label of a level, for explanations. */
    public String label(int level) {
        int top = levels() - 1;
        if (level == top) {
            return "exact";
        }
        if (level == 0) {
            return "different";
        }
        return level == top - 1 ? "close" : "similar";
    }

    /** Similarity in [0, 1] as used for the level (for explanations). */
    public double similarity(String a, String b) {
        switch (kind) {
            case DATE:
                return DateComparator.INSTANCE.compare(a, b);
            case IDENTIFIER:
            case PHONE:
            case POSTCODE:
                return EditDistance.INSTANCE.compare(a, b);
            case NUMERIC:
                return NumericComparator.INSTANCE.compare(a, b);
            case FULL_NAME:
                return TokenSet.INSTANCE.compare(a, b);
            case ADDRESS:
                return Math.max(JaroWinkler.similarity(a, b), TokenSet.INSTANCE.compare(a, b));
            case TEXT:
                if (shortText(a) && shortText(b)) {
                    return TokenSet.INSTANCE.compare(a, b);
                }
                return weights != null ? weights.overlap(a, b)[0] : TokenSet.jaccard(a, b);
            case CATEGORICAL:
                return a.equals(b) ? 1 : 0;
            case PERSON_NAMES:
                return NameLists.similarity(a, b);
            default:
                return JaroWinkler.similarity(a, b);
        }
    }

    /** At most three words: compared word by word with Jaro-Winkler rather than by shared words. */
    private static boolean shortText(String s) {
        int spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ' && ++spaces > 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code x} is only initials ("j", "j p") and they are the first letters of {@code y}'s first
     * words ("jean pierre"): a form that takes initials is no evidence against the full name.
     */
    static boolean initialsOf(String x, String y) {
        for (int i = 0; i < x.length(); i++) {
            if ((i % 2 == 0) == (x.charAt(i) == ' ')) {
                return false;
            }
        }
        int j = 0;
        for (int i = 0; i < x.length(); i += 2) {
            if (j >= y.length() || y.charAt(j) != x.charAt(i)) {
                return false;
            }
            int space = y.indexOf(' ', j);
            j = space < 0 ? y.length() : space + 1;
        }
        return true;
    }

    /**
     * How well two addresses' numbers agree: 2 when every number of the one with fewer numbers (house,
     * unit, or street: the 55 of 55th) is in the other, or either has none; 1 when some is there only one
     * typo apart (a typo, or the house next door); 0 when some is missing. At 0 they are different places
     * however alike the rest ("152 w 44th st" and "402 w 44th st", "2 e 55th st" and "2 w 19th st"),
     * which string similarity alone would call close. Extra numbers on one side ("2450 broadway between
     * 90th and 91st") do not count.
     */
    static int numberAgreement(String a, String b) {
        int ca = countNumbers(a);
        int cb = countNumbers(b);
        if (ca == 0 || cb == 0) {
            return 2;
        }
        String few = ca <= cb ? a : b;
        String many = few == a ? b : a;
        int agreement = 2;
        // Walks the runs of digits in place (comparisons are the engine's inner loop); only two runs that
        // differ are copied, to measure their edit distance.
        for (int i = nextRun(few, 0); i < few.length() && agreement > 0; i = nextRun(few, runEnd(few, i))) {
            int best = 0;
            for (int k = nextRun(many, 0); k < many.length() && best < 2; k = nextRun(many, runEnd(many, k))) {
                best = Math.max(best, sameNumber(few, i, runEnd(few, i), many, k, runEnd(many, k)));
            }
            agreement = Math.min(agreement, best);
        }
        return agreement;
    }

    /** 2 for equal runs of digits, 1 for runs one typo apart, else 0. */
    private static int sameNumber(String x, int xs, int xe, String y, int ys, int ye) {
        int lx = xe - xs;
        int ly = ye - ys;
        if (lx == ly && x.regionMatches(xs, y, ys, lx)) {
            return 2;
        }
        return Math.abs(lx - ly) <= 1 && EditDistance.distance(x.substring(xs, xe), y.substring(ys, ye), 1) <= 1
                ? 1
                : 0;
    }

    private static int countNumbers(String s) {
        int n = 0;
        for (int i = nextRun(s, 0); i < s.length(); i = nextRun(s, runEnd(s, i))) {
            n++;
        }
        return n;
    }

    /** Index of the first digit at or after {@code from}, or the length. */
    private static int nextRun(String s, int from) {
        while (from < s.length() && !Character.isDigit(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Index just past the run of digits starting at {@code from}. */
    private static int runEnd(String s, int from) {
        while (from < s.length() && Character.isDigit(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Agreement level of two non-null canonical values with their alternative forms (may be null). */
    public int level(String a, String b, String altA, String altB) {
        if (a.equals(b)) {
            return levels() - 1;
        }
        boolean altEq = altA != null && altA.equals(altB);
        switch (kind) {
            case GIVEN_NAME:
            case FAMILY_NAME:
            case FULL_NAME: {
                double s = kind == FieldKind.FULL_NAME ? similarity(a, b) : JaroWinkler.similarity(a, b, 0.8);
                if (s >= 0.92 || (kind == FieldKind.GIVEN_NAME && altEq)) {
                    return 2;
                }
                return s >= 0.8 || altEq || kind == FieldKind.GIVEN_NAME && (initialsOf(a, b) || initialsOf(b, a))
                        ? 1
                        : 0;
            }
            case CITY:
                return JaroWinkler.similarity(a, b, 0.88) >= 0.88 || altEq ? 1 : 0;
            case DATE: {
                double s = DateComparator.INSTANCE.compare(a, b);
                return s >= 0.7 ? 2 : s >= 0.5 ? 1 : 0;
            }
            case IDENTIFIER: {
                int d = EditDistance.distance(a, b, 2);
                return d <= 1 ? 2 : d == 2 ? 1 : 0;
            }
            case PHONE: {
                boolean tail =
                        a.length() >= 7 && b.length() >= 7 && a.regionMatches(a.length() - 7, b, b.length() - 7, 7);
                return tail || EditDistance.distance(a, b, 1) <= 1 ? 1 : 0;
            }
            case EMAIL: {
                int at = a.indexOf('@');
                boolean sameLocal = at > 0 && b.startsWith(a.substring(0, at + 1));
                return sameLocal || JaroWinkler.similarity(a, b, 0.9) >= 0.9 ? 1 : 0;
            }
            case POSTCODE: {
                if (EditDistance.distance(a, b, 1) <= 1) {
                    return 2;
                }
                int p = Math.min(3, Math.min(a.length(), b.length()));
                return p >= 2 && a.regionMatches(0, b, 0, p) ? 1 : 0;
            }
            case NUMERIC: {
                if (!tolerance.relative()) {
                    // in the field's units: within the tolerance is close, one typo (1990 and 1890) similar
                    return NumericComparator.within(a, b, tolerance) ? 2 : EditDistance.distance(a, b, 1) <= 1 ? 1 : 0;
                }
                if (EditDistance.distance(a, b, 1) <= 1) {
                    return 2;
                }
                return NumericComparator.within(a, b, tolerance) ? 1 : 0;
            }
            case ADDRESS: {
                int numbers = numberAgreement(a, b);
                if (numbers == 0) {
                    return 0;
                }
                double s = JaroWinkler.similarity(a, b, 0.75);
                if (s < 0.9 && altEq && a.indexOf(' ') > 0 && b.indexOf(' ') > 0) {
                    s = Math.max(s, TokenSet.INSTANCE.compare(a, b));
                }
                return Math.min(numbers == 2 ? 2 : 1, s >= 0.9 ? 2 : s >= 0.75 ? 1 : 0);
            }
            case TEXT: {
                // One value's words all within the other's ("virgils" and "virgils real bbq") is similar.
                if (shortText(a) && shortText(b)) {
                    double s = TokenSet.INSTANCE.compare(a, b);
                    return s >= 0.92 ? 2 : s >= 0.8 || TokenSet.containment(a, b) >= 0.95 ? 1 : 0;
                }
                if (weights != null) {
                    double[] o = weights.overlap(a, b);
                    return o[0] >= 0.7 ? 2 : o[0] >= 0.4 || o[1] >= 0.9 ? 1 : 0;
                }
                double s = TokenSet.jaccard(a, b);
                return s >= 0.7 ? 2 : s >= 0.4 || TokenSet.overlapCoefficient(a, b) >= 0.9 ? 1 : 0;
            }
            case PERSON_NAMES:
                return NameLists.level(a, b);
            default:
                return 0;
        }
    }
}
