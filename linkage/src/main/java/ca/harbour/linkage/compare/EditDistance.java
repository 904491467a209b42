package ca.harbour.linkage.compare;

/**
 * Optimal-string-alignment edit distance (insert, delete, substitute, swap of neighbours), and a
 * {@link Comparator} whose similarity is {@code 1 / (1 + distance)} so thresholds read as distances
 * (1 = equal, 0.5 = one edit, 0.33 = two edits) whatever the length.
 */
public final class EditDistance implements Comparator {
    /** Shared instance. */
    public static final EditDistance INSTANCE = new EditDistance();

    @Override
    public double compare(String a, String b) {
        return 1.0 / (1 + distance(a, b, 8));
    }

    /** Levenshtein similarity {@code 1 - distance / max length}. */
    public static double levenshteinSimilarity(String a, String b) {
        int n = Math.max(a.length(), b.length());
        return n == 0 ? 1.0 : 1.0 - (double) distance(a, b, n) / n;
    }

    /** Whether two different strings are one insertion, deletion, substitution or adjacent swap apart. */
    static boolean withinOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la < lb) {
            return withinOne(b, a);
        }
        int i = 0;
        while (i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la == lb + 1 && a.regionMatches(i + 1, b, i, lb - i);
    }

    /**
     * OSA distance, or {@code max + 1} as soon as it is known to exceed {@code max}.
     */
    public static int distance(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        if (a.equals(b)) {
            return 0;
        }
        if (max <= 1) {
            return withinOne(a, b) ? 1 : 2;
        }
        int[] prev2 = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], max + 1);
    }
}
