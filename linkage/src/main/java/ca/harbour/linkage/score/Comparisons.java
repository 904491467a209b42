package ca.harbour.linkage.score;

import ca.harbour.linkage.compare.FieldComparison;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.PreparedRecord;

import java.util.List;

/**
 * Builds comparison vectors: per field an agreement level, or {@link #MISSING} when either side lacks the
 * value. A vector also packs into one {@code long} pattern code (mixed radix) for counting.
 */
public final class Comparisons {
    /** Level of a field that is missing on either side (contributes nothing to the score). */
    public static final int MISSING = -1;
    private final FieldComparison[] comps;

    public Comparisons(List<FieldSpec> fields) {
        comps = fields.stream().map(f -> new FieldComparison(f.kind())).toArray(FieldComparison[]::new);
    }

    /** Number of fields. */
    public int size() {
        return comps.length;
    }

    /** The comparison of field {@code f}. */
    public FieldComparison field(int f) {
        return comps[f];
    }

    /** Fills {@code levels} with the comparison vector of two records. */
    public void compare(PreparedRecord a, PreparedRecord b, int[] levels) {
        String[] va = a.values();
        String[] vb = b.values();
        for (int f = 0; f < comps.length; f++) {
            if (va[f] == null || vb[f] == null) {
                levels[f] = MISSING;
            } else {
                levels[f] = comps[f].level(va[f], vb[f], a.alt()[f], b.alt()[f]);
            }
        }
    }

    /** Level of field {@code f} for two records ({@link #MISSING} when either lacks it). */
    public int level(int f, PreparedRecord a, PreparedRecord b) {
        String x = a.values()[f];
        String y = b.values()[f];
        return x == null || y == null ? MISSING : comps[f].level(x, y, a.alt()[f], b.alt()[f]);
    }

    /** Packs a vector into a pattern code. */
    public long encode(int[] levels) {
        long code = 0;
        for (int f = 0; f < comps.length; f++) {
            code = code * (comps[f].levels() + 1) + (levels[f] == MISSING ? comps[f].levels() : levels[f]);
        }
        return code;
    }

    /** Unpacks a pattern code into {@code levels}. */
    public void decode(long code, int[] levels) {
        for (int f = comps.length - 1; f >= 0; f--) {
            int radix = comps[f].levels() + 1;
            int l = (int) (code % radix);
            levels[f] = l == comps[f].levels() ? MISSING : l;
            code /= radix;
        }
    }
}
