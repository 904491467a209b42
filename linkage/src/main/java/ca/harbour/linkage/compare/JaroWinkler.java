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
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        if (la > lb) {
            String t = a; a = b; b = t;
            la = a.length();
            lb = b.length();
        }
        int range = Math.max(0, lb / 2 - 1);
        long[] small = lb <= 64 ? new long[1] : null;
        boolean[] big = small == null ? new boolean[lb] : null;
        char[] ma = new char[la];
        int m = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int lo = Math.max(0, i - range);
            int hi = Math.min(lb - 1, i + range);
            for (int j = lo; j <= hi; j++) {
                boolean used = small != null ? (small[0] & (1L << j)) != 0 : big[j];
                if (!used && b.charAt(j) == c) {
                    if (small != null) {
                        small[0] |= 1L << j;
                    } else {
                        big[j] = true;
                    }
                    ma[m++] = c;
                    break;
                }
            }
        }
        if (m == 0) {
            return 0.0;
        }
        int t = 0;
        int k = 0;
        for (int j = 0; j < lb; j++) {
            boolean used = small != null ? (small[0] & (1L << j)) != 0 : big[j];
            if (used) {
                if (b.charAt(j) != ma[k]) {
                    t++;
                }
                k++;
            }
        }
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
}
