package ca.harbour.linkage.compare;

import ca.harbour.linkage.model.Tolerance;

/** Numeric closeness: 1 equal, else {@code max(0, 1 - |a-b| / max(|a|,|b|))}; non-numbers compare exactly. */
public final class NumericComparator implements Comparator {
    /** Shared instance. */
    public static final NumericComparator INSTANCE = new NumericComparator();

    @Override
    public double compare(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        try {
            double x = Double.parseDouble(a);
            double y = Double.parseDouble(b);
            double scale = Math.max(Math.abs(x), Math.abs(y));
            return scale == 0 ? 1.0 : Math.max(0, 1 - Math.abs(x - y) / scale);
        } catch (NumberFormatException e) {
            return 0.0;
        }
    }

    /** Whether two numbers are within {@code t} of each other (non-numbers: when they are equal). */
    public static boolean within(String a, String b, Tolerance t) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return t.within(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
