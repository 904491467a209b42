package ca.harbour.linkage.compare;

import java.time.LocalDate;

/**
 * Similarity of "YYYYMMDD" dates (zeros = unknown part): 1 equal; 0.8 one typo or day/month swapped;
 * 0.7 equal on all parts both know (partial dates); 0.5 within a year or two typos; else 0.
 */
public final class DateComparator implements Comparator {
    /** Shared instance. */
    public static final DateComparator INSTANCE = new DateComparator();

    @Override
    public double compare(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.length() == 8 && b.length() == 8) {
            if (a.startsWith(b.substring(0, 4)) && a.regionMatches(4, b, 6, 2) && a.regionMatches(6, b, 4, 2)) {
                return 0.8;
            }
            if (partialEqual(a, b)) {
                return 0.7;
            }
        }
        int d = EditDistance.distance(a, b, 2);
        if (d <= 1) {
            return 0.8;
        }
        long days = daysApart(a, b);
        return d <= 2 || days <= 365 ? 0.5 : 0.0;
    }

    private static boolean partialEqual(String a, String b) {
        for (int p = 0; p < 8; p += p == 0 ? 4 : 2) {
            int w = p == 0 ? 4 : 2;
            String x = a.substring(p, p + w);
            String y = b.substring(p, p + w);
            boolean unknown = x.chars().allMatch(c -> c == '0') || y.chars().allMatch(c -> c == '0');
            if (!unknown && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    private static long daysApart(String a, String b) {
        try {
            LocalDate x = LocalDate.of(Integer.parseInt(a.substring(0, 4)), Math.max(1, Integer.parseInt(a.substring(4, 6))),
                    Math.max(1, Integer.parseInt(a.substring(6, 8))));
            LocalDate y = LocalDate.of(Integer.parseInt(b.substring(0, 4)), Math.max(1, Integer.parseInt(b.substring(4, 6))),
                    Math.max(1, Integer.parseInt(b.substring(6, 8))));
            return Math.abs(x.toEpochDay() - y.toEpochDay());
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }
}
