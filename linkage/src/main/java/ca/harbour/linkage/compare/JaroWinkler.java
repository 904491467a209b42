package ca.harbour.linkage.compare;

/** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4, boost above Jaro 0.7); allocation-light. */
public final class JaroWinkler implements Comparator {
    /** Shared instance. */
    public static final JaroWinkler INSTANCE = new JaroWinkler();

    @Override
    public double compare(String a, String b) {
        return similarity(a, b);
    }

    /** Jaro-Winkler similarity of two strings. */
    public static double similarity(String a, String b) {
        return similarity(a, b, 0);
    }

    /**
     * Jaro-Winkler similarity when it is at least {@code floor}, else some value below {@code floor} (0):
     * the scan for common characters stops as soon as the characters left to scan could no longer lift it
     * to {@code floor}. Most pairs a comparison sees are far apart, and callers only ask whether the
     * similarity reaches their thresholds, the lowest of which they pass as {@code floor}.
     */
    public static double similarity(String a, String b, double floor) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.length() > b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0) {
            return 0.0;
        }
        if (lb > 64) {
            return slow(a, b);
        }
        // With m common characters Jaro is at most (m / la + m / lb + 1) / 3 (no transpositions), and the
        // prefix raises it to at most 0.6 Jaro + 0.4, and only above 0.7: so reaching floor takes a Jaro of
        // at least `jaro`, and at least `need` common characters.
        double jaro = floor <= 0.7 ? floor : Math.min(1.0, Math.max(0.7, (floor - 0.4) / 0.6));
        double need = floor <= 0 ? 0 : (3 * jaro - 1) * la * lb / (la + lb) - 1e-9;
        if (la < need) {
            return 0.0;
        }
        int range = Math.max(0, lb / 2 - 1);
        long fa = 0;
        long fb = 0;
        int m = 0;
        for (int i = 0; i < la; i++) {
            if (m + la - i < need) {
                return 0.0;
            }
            char c = a.charAt(i);
            int hi = Math.min(lb - 1, i + range);
            for (int j = Math.max(0, i - range); j <= hi; j++) {
                if ((fb & (1L << j)) == 0 && b.charAt(j) == c) {
                    fb |= 1L << j;
                    fa |= 1L << i;
                    m++;
                    break;
                }
            }
        }
        if (m == 0) {
            return 0.0;
        }
        int t = 0;
        long xa = fa;
        long xb = fb;
        while (xa != 0) {
            int i = Long.numberOfTrailingZeros(xa);
            int j = Long.numberOfTrailingZeros(xb);
            if (a.charAt(i) != b.charAt(j)) {
                t++;
            }
            xa &= xa - 1;
            xb &= xb - 1;
        }
        return winkler(a, b, m, t);
    }

    private static double winkler(String a, String b, int m, int t) {
        int la = a.length();
        int lb = b.length();
        double jaro = ((double) m / la + (double) m / lb + (m - t / 2.0) / m) / 3.0;
        if (jaro <= 0.7) {
            return jaro;
        }
        int p = 0;
        int max = Math.min(4, la);
        while (p < max && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        return jaro + p * 0.1 * (1.0 - jaro);
    }

    private static double slow(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int range = Math.max(0, lb / 2 - 1);
        boolean[] ua = new boolean[la];
        boolean[] ub = new boolean[lb];
        int m = 0;
        for (int i = 0; i < la; i++) {
            int hi = Math.min(lb - 1, i + range);
            for (int j = Math.max(0, i - range); j <= hi; j++) {
                if (!ub[j] && b.charAt(j) == a.charAt(i)) {
                    ub[j] = true;
                    ua[i] = true;
                    m++;
                    break;
                }
            }
        }
        if (m == 0) {
            return 0.0;
        }
        int t = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if (ua[i]) {
                while (!ub[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j++)) {
                    t++;
                }
            }
        }
        return winkler(a, b, m, t);
    }
}
