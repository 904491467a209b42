package ca.harbour.linkage.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Token-set similarities for multi-word values: a symmetric Monge-Elkan score (each token matched to
 * its most Jaro-Winkler-similar token on the other side, averaged both ways; order-insensitive so
 * swapped names agree), the one-way score of the shorter value (containment), and the Jaccard index and
 * overlap coefficient of the token sets.
 */
public final class TokenSet implements Comparator {
    /** Shared instance. */
    public static final TokenSet INSTANCE = new TokenSet();

    @Override
    public double compare(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        String[] ta = tokens(a);
        String[] tb = tokens(b);
        return (mongeElkan(ta, tb) + mongeElkan(tb, ta)) / 2.0;
    }

    /**
     * How well the value with fewer words is contained in the other: its words matched to their most
     * Jaro-Winkler-similar words on the other side, averaged over its own words only ("virgils" in
     * "virgils real bbq" scores 1).
     */
    public static double containment(String a, String b) {
        String[] ta = tokens(a);
        String[] tb = tokens(b);
        return ta.length <= tb.length ? mongeElkan(ta, tb) : mongeElkan(tb, ta);
    }

    private static double mongeElkan(String[] x, String[] y) {
        double sum = 0;
        for (String s : x) {
            double best = 0;
            for (String t : y) {
                best = Math.max(best, JaroWinkler.similarity(s, t));
            }
            sum += best;
        }
        return sum / x.length;
    }

    private static String[] tokens(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        String[] t = new String[n];
        int k = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ' ') {
                t[k++] = s.substring(start, i);
                start = i + 1;
            }
        }
        return t;
    }

    /** Jaccard index of the space-separated token sets. */
    public static double jaccard(String a, String b) {
        return overlap(a, b, false);
    }

    /** Share of the smaller space-separated token set found in the other (the overlap coefficient). */
    public static double overlapCoefficient(String a, String b) {
        return overlap(a, b, true);
    }

    private static double overlap(String a, String b, boolean ofSmaller) {
        Set<String> sa = new HashSet<>(List.of(a.split(" ")));
        Set<String> sb = new HashSet<>(List.of(b.split(" ")));
        int inter = 0;
        for (String s : sa) {
            if (sb.contains(s)) {
                inter++;
            }
        }
        int of = ofSmaller ? Math.min(sa.size(), sb.size()) : sa.size() + sb.size() - inter;
        return of == 0 ? 1.0 : (double) inter / of;
    }
}
