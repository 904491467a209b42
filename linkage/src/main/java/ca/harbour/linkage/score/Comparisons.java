package ca.harbour.linkage.score;

import ca.harbour.linkage.compare.FieldComparison;
import ca.harbour.linkage.compare.TokenWeights;
import ca.harbour.linkage.model.FieldKind;
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
    private final int given;
    private final int family;

    public Comparisons(List<FieldSpec> fields) {
        comps = fields.stream().map(FieldComparison::of).toArray(FieldComparison[]::new);
        given = only(fields, FieldKind.GIVEN_NAME);
        family = only(fields, FieldKind.FAMILY_NAME);
    }

    private Comparisons(FieldComparison[] comps, int given, int family) {
        this.comps = comps;
        this.given = given;
        this.family = family;
    }

    /** The same comparisons with field {@code f}'s words weighted by {@code weights[f]} where it is not null. */
    public Comparisons withWeights(TokenWeights[] weights) {
        FieldComparison[] c = comps.clone();
        for (int f = 0; f < c.length; f++) {
            if (weights[f] != null) {
                c[f] = c[f].withWeights(weights[f]);
            }
        }
        return new Comparisons(c, given, family);
    }

    private static int only(List<FieldSpec> fields, FieldKind kind) {
        int found = -1;
        for (int f = 0; f < fields.size(); f++) {
            if (fields.get(f).kind() == kind) {
                if (found >= 0) {
                    return -1;
                }
                found = f;
            }
        }
        return found;
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
        boolean names = given >= 0 && family >= 0;
        for (int f = 0; f < comps.length; f++) {
            if (!names || (f != given && f != family)) {
                levels[f] = direct(f, a, b);
            }
        }
        if (names) {
            nameLevels(a, b, levels);
        }
    }

    /** Whether field {@code f} is the given or the family name, which are compared together. */
    public boolean pairedName(int f) {
        return given >= 0 && family >= 0 && (f == given || f == family);
    }

    /** Sets the levels of both the given and the family name (see {@link #pairedName}). */
    public void nameLevels(PreparedRecord a, PreparedRecord b, int[] levels) {
        long both = packedNameLevels(a, b);
        levels[given] = (int) (both >> 32);
        levels[family] = (int) both;
    }

    /** Level of field {@code f} for two records ({@link #MISSING} when either lacks it). */
    public int level(int f, PreparedRecord a, PreparedRecord b) {
        if (pairedName(f)) {
            long both = packedNameLevels(a, b);
            return f == given ? (int) (both >> 32) : (int) both;
        }
        return direct(f, a, b);
    }

    private int direct(int f, PreparedRecord a, PreparedRecord b) {
        String x = a.values()[f];
        String y = b.values()[f];
        return x == null || y == null ? MISSING : comps[f].level(x, y, a.alt()[f], b.alt()[f]);
    }

    /**
     * Given and family name levels, packed as {@code given << 32 | family} (each may be {@link #MISSING}),
     * allowing for swapped names: when comparing given with family and family with given agrees better
     * than the straight comparison, the crossed levels are used. A name missing on one side does not stop
     * the crossing: a family name typed into the given-name box, the other box left empty, is still found
     * to agree with the other record's family name (a missing level counts as no agreement).
     */
    private long packedNameLevels(PreparedRecord a, PreparedRecord b) {
        int dg = direct(given, a, b);
        int df = direct(family, a, b);
        boolean exact = dg == comps[given].levels() - 1 && df == comps[family].levels() - 1;
        if (!exact) {
            String ga = a.values()[given];
            String fa = a.values()[family];
            String gb = b.values()[given];
            String fb = b.values()[family];
            int sg = ga == null || fb == null ? MISSING : comps[given].level(ga, fb, a.alt()[given], b.alt()[family]);
            int sf = fa == null || gb == null ? MISSING : comps[family].level(fa, gb, a.alt()[family], b.alt()[given]);
            if (Math.max(sg, 0) + Math.max(sf, 0) > Math.max(dg, 0) + Math.max(df, 0)) {
                return pack(sg, sf);
            }
        }
        return pack(dg, df);
    }

    private static long pack(int givenLevel, int familyLevel) {
        return ((long) givenLevel << 32) | (familyLevel & 0xFFFFFFFFL);
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
