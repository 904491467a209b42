package ca.harbour.linkage.compare;

/**
 * Similarity of "YYYYMMDD" dates (zeros = unknown part): 1 equal; 0.8 one typo or day/month swapped;
 * 0.7 equal on all parts both know (partial dates), or the same day and month in another year (a year
 * written wrong: one in 365 random pairs); 0.5 within a year or two typos; else 0.
 */
public final class DateComparator implements Comparator {
    /** Shared instance. */
    public static final DateComparator INSTANCE = new DateComparator();

    @Override
    public double compare(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        boolean full = a.length() == 8 && b.length() == 8;
        if (full && a.regionMatches(0, b, 0, 4) && a.regionMatches(4, b, 6, 2) && a.regionMatches(6, b, 4, 2)) {
            return 0.8;
        }
        int d = EditDistance.distance(a, b, 2);
        if (d <= 1) {
            return 0.8;
        }
        if (full && (partialEqual(a, b) || a.regionMatches(4, b, 4, 4))) {
            return 0.7;
        }
        if (d <= 2) {
            return 0.5;
        }
        return full && Math.abs(days(a) - days(b)) <= 365 ? 0.5 : 0.0;
    }

    private static boolean partialEqual(String a, String b) {
        return part(a, b, 0, 4) && part(a, b, 4, 2) && part(a, b, 6, 2);
    }

    private static boolean part(String a, String b, int from, int len) {
        return zeros(a, from, len) || zeros(b, from, len) || a.regionMatches(from, b, from, len);
    }

    private static boolean zeros(String s, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** Approximate day number (months of 30.44 days); enough for "within a year". */
    private static double days(String s) {
        int y = num(s, 0, 4);
        int m = Math.max(1, num(s, 4, 2));
        int d = Math.max(1, num(s, 6, 2));
        return y * 365.25 + (m - 1) * 30.44 + d;
    }

    private static int num(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            int c = s.charAt(i) - '0';
            if (c < 0 || c > 9) {
                return -100000;
            }
            v = v * 10 + c;
        }
        return v;
    }
}
