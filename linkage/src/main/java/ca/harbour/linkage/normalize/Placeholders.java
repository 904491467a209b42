package ca.harbour.linkage.normalize;

import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Values that stand for no value in one field: a default a form or a database filled in ("unknown", "n/a",
 * "1900-01-01", "999-999-9999") is not evidence that two records are one person, and two records sharing it
 * agree by accident of data entry. Such a value is treated as missing. Three sources:
 * <ul>
 *   <li>structural ones, always: words that say "none" in English or French, a phone whose last seven
 *       digits are one digit repeated, an identifier of zeros or of one digit repeated six times or
 *       more, a postcode of zeros, and 1900-01-01 and 9999-12-31;</li>
 *   <li>the field's {@link FieldSpec#missing} values, declared in the description or found over-frequent by
 *       {@code InputProfile};</li>
 *   <li>for dates, the patterns {@link #JANUARY_FIRST} and {@link #FIRST_OF_MONTH}, which keep the year
 *       (and month) of such a date and drop the rest.</li>
 * </ul>
 * Thread-safe.
 */
public final class Placeholders {
    /** In a date field's missing values: 1 January is a placeholder day, only the year of such a date counts. */
    public static final String JANUARY_FIRST = "????0101";

    /** In a date field's missing values: the first of a month is a placeholder day; year and month count. */
    public static final String FIRST_OF_MONTH = "??????01";

    /** How forms and exports say "no value", before normalisation. */
    static final List<String> WORDS = List.of(
            "unknown",
            "unk",
            "n/a",
            "n.a.",
            "not known",
            "not available",
            "not applicable",
            "none",
            "null",
            "nil",
            "missing",
            "inconnu",
            "inconnue",
            "aucun",
            "aucune",
            "non disponible",
            "s.o.",
            "n.d.",
            "xxx",
            "xxxx");

    /** {@link #WORDS} folded. */
    private static final Set<String> FOLDED = new HashSet<>();

    static {
        for (String w : WORDS) {
            FOLDED.add(Text.fold(w));
        }
    }

    /**
     * Whether a raw value could be a placeholder (cheaper than normalising it): one of the words that say
     * "none", or a short value without a letter ("0", "0000", "999-999-9999").
     */
    public static boolean maybe(String raw) {
        if (raw.length() > 20) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isLetter(raw.charAt(i))) {
                return FOLDED.contains(Text.fold(raw));
            }
        }
        return true;
    }

    /** Dates that mean "unknown" in many systems. */
    static final List<String> DATES = List.of("1900-01-01", "9999-12-31");

    private final FieldKind kind;
    private final Set<String> values;
    private final boolean januaryFirst;
    private final boolean firstOfMonth;

    private Placeholders(FieldKind kind, Set<String> values) {
        this.kind = kind;
        this.values = values;
        this.januaryFirst = values.contains(JANUARY_FIRST);
        this.firstOfMonth = values.contains(FIRST_OF_MONTH);
    }

    /** The placeholders of a field: its structural ones and its {@link FieldSpec#missing} values. */
    public static Placeholders of(FieldSpec f) {
        return new Placeholders(f.kind(), structural(f, Normalizers.forField(f), f.missing()));
    }

    /** The placeholders of a field whose values {@code n} normalises (the field's own normaliser). */
    static Set<String> structural(FieldSpec f, Normalizer n, Set<String> declared) {
        Set<String> s = new HashSet<>(declared);
        if (f.kind() == FieldKind.CATEGORICAL || f.kind() == FieldKind.TEXT) {
            // "none" can be a category, and words in text are weighed by their rarity anyway
            return s;
        }
        for (String w : WORDS) {
            String v = n.normalize(w);
            if (v != null) {
                s.add(v);
            }
        }
        if (f.kind() == FieldKind.DATE) {
            for (String w : DATES) {
                s.add(n.normalize(w));
            }
        }
        return s;
    }

    /** A normalised value, with a placeholder made null (or, for a date, reduced to the part that counts). */
    public String apply(String v) {
        if (v == null || values.contains(v)) {
            return null;
        }
        switch (kind) {
            case PHONE:
                return repeated(v, Math.max(0, v.length() - 7)) ? null : v;
            case IDENTIFIER:
                // "0", "999999999": zeros, or a digit repeated six times or more, is a form's default
                return (v.length() >= 6 && repeated(v, 0) || zeros(v)) && Character.isDigit(v.charAt(0)) ? null : v;
            case POSTCODE:
                // "0", "0000"; but 2222 and 5555 are Australian postcodes
                return zeros(v) ? null : v;
            case DATE:
                if (v.length() == 8 && v.charAt(6) == '0' && v.charAt(7) == '1') {
                    if (januaryFirst && v.charAt(4) == '0' && v.charAt(5) == '1') {
                        return v.substring(0, 4) + "0000";
                    }
                    if (firstOfMonth) {
                        return v.substring(0, 6) + "00";
                    }
                }
                return v;
            default:
                return v;
        }
    }

    /** Whether the characters of {@code v} from {@code from} on are one character repeated (at least four). */
    private static boolean repeated(String v, int from) {
        if (v.length() - from < 4) {
            return false;
        }
        for (int i = from + 1; i < v.length(); i++) {
            if (v.charAt(i) != v.charAt(from)) {
                return false;
            }
        }
        return true;
    }

    private static boolean zeros(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code v} (normalised) is one of the structural placeholders or declared values. */
    public boolean isPlaceholder(String v) {
        return v != null && apply(v) == null;
    }
}
