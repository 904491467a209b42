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
 */
public record FieldSpec(
        String name,
        String column,
        FieldKind kind,
        double weight,
        Boolean block,
        Boolean tf,
        String dateOrder,
        String region) {

    /** A field with defaults for everything but name, column and kind. */
    public static FieldSpec of(String name, String column, FieldKind kind) {
        return new FieldSpec(name, column, kind, 1.0, null, null, "MDY", "CA");
    }

    /** The same field read from another column ({@code null}: none). */
    public FieldSpec withColumn(String c) {
        return new FieldSpec(name, c, kind, weight, block, tf, dateOrder, region);
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
