package ca.harbour.linkage.model;

import java.util.List;

/**
 * What a dataset looks like and how to link it: the id column, the compared fields and tuning knobs.
 *
 * @param idColumn         column with each record's unique id
 * @param fields           compared fields, in order
 * @param threshold        posterior match probability at or above which a pair is a match; NaN = default 0.5
 * @param maxBlockSize     blocks with more records are skipped (their key is a stop key)
 * @param maxClusterSize   components larger than this are split by raising the threshold
 * @param seed             seed for every random choice (sampling, MinHash)
 * @param second           the second input of a link where its columns are named otherwise: the same fields,
 *                         with that input's id column and field columns (null: the same as this)
 * @param oneToOne         in a link, whether a record can match at most one record of the other input: the
 *                         matches keep the best consistent assignment (see
 *                         {@code ca.harbour.linkage.cluster.OneToOne}); de-duplication ignores it
 */
public record DatasetDescription(
        String idColumn,
        List<FieldSpec> fields,
        double threshold,
        int maxBlockSize,
        int maxClusterSize,
        long seed,
        DatasetDescription second,
        boolean oneToOne) {

    public DatasetDescription {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a dataset description needs at least one field");
        }
    }

    /** A description without the one-to-one constraint. */
    public DatasetDescription(
            String idColumn,
            List<FieldSpec> fields,
            double threshold,
            int maxBlockSize,
            int maxClusterSize,
            long seed,
            DatasetDescription second) {
        this(idColumn, fields, threshold, maxBlockSize, maxClusterSize, seed, second, false);
    }

    /** A description whose inputs share their column names. */
    public DatasetDescription(
            String idColumn,
            List<FieldSpec> fields,
            double threshold,
            int maxBlockSize,
            int maxClusterSize,
            long seed) {
        this(idColumn, fields, threshold, maxBlockSize, maxClusterSize, seed, null);
    }

    /** The description of input {@code input} (0, or 1 for the second input of a link): its column names. */
    public DatasetDescription forInput(int input) {
        return input == 1 && second != null ? second : this;
    }

    /** A description with default knobs. */
    public static DatasetDescription of(String idColumn, List<FieldSpec> fields) {
        return new DatasetDescription(idColumn, fields, Double.NaN, 500, 50, 42L);
    }

    /** Same description with another match threshold. */
    public DatasetDescription withThreshold(double t) {
        return new DatasetDescription(
                idColumn,
                fields,
                t,
                maxBlockSize,
                maxClusterSize,
                seed,
                second == null ? null : second.withThreshold(t),
                oneToOne);
    }

    /** Same description, a link of which keeps at most one match per record when {@code on}. */
    public DatasetDescription withOneToOne(boolean on) {
        return new DatasetDescription(
                idColumn,
                fields,
                threshold,
                maxBlockSize,
                maxClusterSize,
                seed,
                second == null ? null : second.withOneToOne(on),
                on);
    }

    /**
     * Same description with normalised {@code values} of field {@code f} standing for no value, in both
     * inputs (placeholders such as "unknown", see {@link FieldSpec#missing}).
     */
    public DatasetDescription withMissing(int f, java.util.Collection<String> values) {
        List<FieldSpec> fs = new java.util.ArrayList<>(fields);
        fs.set(f, fs.get(f).withMissing(values));
        return new DatasetDescription(
                idColumn,
                fs,
                threshold,
                maxBlockSize,
                maxClusterSize,
                seed,
                second == null ? null : second.withMissing(f, values));
    }

    /** Threshold in force: the configured one or 0.5. */
    public double effectiveThreshold() {
        return Double.isNaN(threshold) ? 0.5 : threshold;
    }
}
