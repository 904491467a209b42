package ca.harbour.linkage.model;

/**
 * One compared field of a dataset description.
 *
 * @param name       field name used in explanations
 * @param column     CSV column holding the value (null: the input has none, every value is missing)
 * @param kind       decides normaliser, blocking atoms and comparator
 * @param weight     multiplier on the field's log-likelihood contribution (1 = as fitted)
 * @param block      whether the field contributes blocking keys; null means the kind's default
 * @param tf         whether exact agreement is adjusted by the value's term frequency; null means default
 * @param dateOrder  for dates: "DMY" or "MDY" order of ambiguous numeric dates
 * @param region     for phones: default region (ISO 3166 code)
 * @param tolerance  for numbers: how far apart two values may be and still be close
 * @param missing    normalised values that stand for no value in this field (placeholders such as
 *                   "unknown" or 1900-01-01, declared or found by a scan of the input); {@code ????0101}
 *                   in a date field means "1 January is a placeholder day: keep the year only"
 */
public record FieldSpec(
        String name,
        String column,
        FieldKind kind,
        double weight,
        Boolean block,
        Boolean tf,
        String dateOrder,
        String region,
        Tolerance tolerance,
        java.util.Set<String> missing) {

    public FieldSpec {
        tolerance = tolerance == null ? Tolerance.DEFAULT : tolerance;
        missing = missing == null ? java.util.Set.of() : java.util.Set.copyOf(missing);
    }

    /** A field with the default tolerance and no placeholder values. */
    public FieldSpec(
            String name,
            String column,
            FieldKind kind,
            double weight,
            Boolean block,
            Boolean tf,
            String dateOrder,
            String region) {
        this(name, column, kind, weight, block, tf, dateOrder, region, null, null);
    }

    /** A field with defaults for everything but name, column and kind. */
    public static FieldSpec of(String name, String column, FieldKind kind) {
        return new FieldSpec(name, column, kind, 1.0, null, null, "MDY", "CA");
    }

    /** The same field read from another column ({@code null}: none). */
    public FieldSpec withColumn(String c) {
        return new FieldSpec(name, c, kind, weight, block, tf, dateOrder, region, tolerance, missing);
    }

    /** The same field with {@code values} (normalised) also standing for no value. */
    public FieldSpec withMissing(java.util.Collection<String> values) {
        java.util.Set<String> all = new java.util.TreeSet<>(missing);
        all.addAll(values);
        return new FieldSpec(name, column, kind, weight, block, tf, dateOrder, region, tolerance, all);
    }

    /** Whether this field yields blocking keys. */
    public boolean blocks() {
        if (block != null) {
            return block;
        }
        return kind != FieldKind.CATEGORICAL && kind != FieldKind.NUMERIC;
    }

    /** Whether term-frequency adjustment applies to exact agreement on this field. */
    public boolean termFrequency() {
        if (tf != null) {
            return tf;
        }
        return kind.isName()
                || kind == FieldKind.CITY
                || kind == FieldKind.POSTCODE
                || kind == FieldKind.TEXT
                || kind == FieldKind.PERSON_NAMES;
    }
}
