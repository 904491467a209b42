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
        return withinOne(a, 0, b, 0);
    }

    /**
     * Whether {@code a} from {@code i} and {@code b} from {@code j} are at most one insertion, deletion,
     * substitution or adjacent swap apart (equal included).
     */
    private static boolean withinOne(String a, int i, String b, int j) {
        int ra = a.length() - i;
        int rb = b.length() - j;
        if (ra < rb) {
            return withinOne(b, j, a, i);
        }
        if (ra - rb > 1) {
            return false;
        }
        while (j < b.length() && a.charAt(i) == b.charAt(j)) {
            i++;
            j++;
        }
        if (ra > rb) {
            return a.regionMatches(i + 1, b, j, b.length() - j);
        }
        if (j == b.length() || a.regionMatches(i + 1, b, j + 1, b.length() - j - 1)) {
            return true;
        }
        return j + 1 < b.length()
                && a.charAt(i) == b.charAt(j + 1)
                && a.charAt(i + 1) == b.charAt(j)
                && a.regionMatches(i + 2, b, j + 2, b.length() - j - 2);
    }

    /**
     * OSA distance when at most two, else 3, without a table: past the common prefix the first edit is a
     * substitution, a deletion, an insertion or a swap, and the rest must then be within one. Dates and
     * identifiers are compared with this bound on every candidate and random pair.
     */
    private static int withinTwo(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return 0;
        }
        if (withinOne(a, i, b, i)) {
            return 1;
        }
        boolean two = i < la && i < lb && withinOne(a, i + 1, b, i + 1)
                || i < la && withinOne(a, i + 1, b, i)
                || i < lb && withinOne(a, i, b, i + 1)
                || i + 1 < la
                        && i + 1 < lb
                        && a.charAt(i) == b.charAt(i + 1)
                        && a.charAt(i + 1) == b.charAt(i)
                        && withinOne(a, i + 2, b, i + 2);
        return two ? 2 : 3;
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
        if (max == 2) {
            return withinTwo(a, b);
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
