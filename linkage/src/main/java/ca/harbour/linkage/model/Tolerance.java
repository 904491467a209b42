package ca.harbour.linkage.model;

/**
 * How far apart two numbers of a {@link FieldKind#NUMERIC} field may be and still count as close: a
 * share of the larger ({@code relative}, the default being a tenth) or an amount in the field's own units
 * (a year give or take one). A relative tenth says little of a year (1990 and 1800 are within it).
 *
 * @param amount   the share (relative) or the amount in units (absolute); not negative
 * @param relative whether {@code amount} is a share of the larger value
 */
public record Tolerance(double amount, boolean relative) {
    /** Within a tenth of the larger value: the default. */
    public static final Tolerance DEFAULT = new Tolerance(0.1, true);

    public Tolerance {
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("tolerance must be a finite number, not negative: " + amount);
        }
    }

    /** Whether {@code x} and {@code y} are within this tolerance of each other. */
    public boolean within(double x, double y) {
        double d = Math.abs(x - y);
        if (relative) {
            // written as the relative similarity it always was, so a boundary case falls the same way
            double scale = Math.max(Math.abs(x), Math.abs(y));
            return scale == 0 || 1 - d / scale >= 1 - amount;
        }
        return d <= amount + 1e-9;
    }
}
