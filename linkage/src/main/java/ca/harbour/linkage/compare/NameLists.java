package ca.harbour.linkage.compare;

import ca.harbour.linkage.normalize.Nicknames;

/**
 * Compares two lists of person names in the canonical form of
 * {@link ca.harbour.linkage.normalize.NameListNormalizer} ({@code jones/a;smith/john}) as sets of people.
 * Two people are the same when their family names agree (Jaro-Winkler at least 0.92: a typo) and their first
 * given names do not contradict each other: either is missing, one is the other's initial, or both are
 * written in full and alike (Jaro-Winkler at least 0.85, or the same nickname group). Levels: 3 the same
 * canonical list; 2 the same people, however written (initials against full given names); 1 at least half
 * the people in common (Dice coefficient ≥ 0.5); 0 otherwise.
 */
public final class NameLists {
    private NameLists() {}

    /** The agreement level (0 to 3) of two non-null canonical lists. */
    public static int level(String a, String b) {
        if (a.equals(b)) {
            return 3;
        }
        String[] x = a.split(";");
        String[] y = b.split(";");
        int common = common(x, y);
        if (common == x.length && common == y.length) {
            return 2;
        }
        return 2.0 * common / (x.length + y.length) >= 0.5 ? 1 : 0;
    }

    /** The Dice coefficient of the two lists' people, for explanations. */
    public static double similarity(String a, String b) {
        String[] x = a.split(";");
        String[] y = b.split(";");
        return 2.0 * common(x, y) / (x.length + y.length);
    }

    /** The number of people of {@code x} matched one to one with people of {@code y} (first fit). */
    static int common(String[] x, String[] y) {
        boolean[] used = new boolean[y.length];
        int n = 0;
        for (String p : x) {
            for (int j = 0; j < y.length; j++) {
                if (!used[j] && samePerson(p, y[j])) {
                    used[j] = true;
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Whether two {@code family/given} entries can be one person. */
    static boolean samePerson(String p, String q) {
        int sp = p.indexOf('/');
        int sq = q.indexOf('/');
        String fp = p.substring(0, sp);
        String fq = q.substring(0, sq);
        if (!fp.equals(fq) && JaroWinkler.similarity(fp, fq) < 0.92) {
            return false;
        }
        String gp = first(p.substring(sp + 1));
        String gq = first(q.substring(sq + 1));
        if (gp.isEmpty() || gq.isEmpty() || gp.equals(gq)) {
            return true;
        }
        if (gp.charAt(0) != gq.charAt(0)) {
            return Nicknames.canonical(gp).equals(Nicknames.canonical(gq));
        }
        return gp.length() == 1
                || gq.length() == 1
                || JaroWinkler.similarity(gp, gq) >= 0.85
                || Nicknames.canonical(gp).equals(Nicknames.canonical(gq));
    }

    private static String first(String given) {
        int space = given.indexOf(' ');
        return space < 0 ? given : given.substring(0, space);
    }
}
