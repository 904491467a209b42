package ca.harbour.linkage.score;

import ca.harbour.linkage.model.PreparedRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Value frequencies of the fields with term-frequency adjustment. Exact agreement on a value that is
 * rarer than average counts for more, on a common one for less: the Bayes factor is multiplied by
 * {@code Σ tf² / tf(value)} (clamped to [1/20, 20]); Σ tf² is the chance two random records agree.
 *
 * <p>Scoring looks an adjustment up for every exactly agreeing field of every candidate pair, so each
 * repeated value's adjustment is computed once, here, and kept in an open-addressing table of the values
 * and their adjustments: a lookup is a probe of two arrays (the key usually the very string the record
 * holds) instead of a map's node, boxed count and two logarithms.
 */
public final class TermFrequencies {
    private static final double MAX_FACTOR = 20;
    /** Largest possible log2 adjustment. */
    public static final double MAX_LOG2 = Math.log(MAX_FACTOR) / Math.log(2);

    private final Field[] fields;

    /** One field's repeated values and their adjustments. */
    public static final class Field {
        private final String[] keys;
        private final double[] adjustments;
        /** The adjustment of a value seen once or not at all. */
        private final double unseen;

        private Field(String[] keys, double[] adjustments, double unseen) {
            this.keys = keys;
            this.adjustments = adjustments;
            this.unseen = unseen;
        }
    }

    /** Counts values of the flagged fields over the records. */
    public TermFrequencies(List<PreparedRecord> records, boolean[] enabled) {
        this(countAll(records, enabled));
    }

    /** From fields counted by {@link #count} (null where the adjustment is off). */
    public TermFrequencies(Field[] fields) {
        this.fields = fields.clone();
    }

    private static Field[] countAll(List<PreparedRecord> records, boolean[] enabled) {
        Field[] fields = new Field[enabled.length];
        for (int f = 0; f < enabled.length; f++) {
            fields[f] = enabled[f] ? count(records, f) : null;
        }
        return fields;
    }

    /** Counts the values of field {@code f} (fields can be counted in parallel); null if it has none. */
    public static Field count(List<PreparedRecord> records, int f) {
        return count(records, f, false);
    }

    /**
     * As {@link #count(List, int)}; with {@code commonOnly}, only values seen more than twice are adjusted, and
     * only down: titles and lists of names are nearly all unique, and a value seen once in each input of a
     * link is the pair itself, not evidence of rarity. What recurs ("Editorial", one editor's name) counts
     * for less; everything else keeps its fitted weight. A field where most records hold a value seen more
     * than twice (names described as free text) is not adjusted at all (null).
     */
    public static Field count(List<PreparedRecord> records, int f, boolean commonOnly) {
        Map<String, Integer> c = new HashMap<>();
        int total = 0;
        for (PreparedRecord r : records) {
            String v = r.values()[f];
            if (v != null) {
                c.merge(v, 1, Integer::sum);
                total++;
            }
        }
        if (total == 0) {
            return null;
        }
        double sumSq = 0;
        int repeated = 0;
        long rare = 0;
        for (int k : c.values()) {
            sumSq += ((double) k / total) * ((double) k / total);
            if (k > 1) {
                repeated++;
            }
            rare += k <= 2 ? k : 0;
        }
        if (commonOnly && rare * 2 < total) {
            // most values recur (first names described as free text): no column titles to single out
            return null;
        }
        // A value seen once counts as an unknown value: only the repeated ones go in the table (on
        // identifiers, phones and e-mails they are few). At most half full, so probes stay short.
        int size = Integer.highestOneBit(Math.max(1, repeated) * 2) * 2;
        String[] table = new String[size];
        double[] adj = new double[size];
        int floor = commonOnly ? 2 : 1;
        for (Map.Entry<String, Integer> e : c.entrySet()) {
            if (e.getValue() > floor) {
                int i = slot(e.getKey(), size);
                while (table[i] != null) {
                    i = (i + 1) & (size - 1);
                }
                table[i] = e.getKey();
                double a = log2Factor(sumSq, (double) e.getValue() / total);
                adj[i] = commonOnly ? Math.min(0, a) : a;
            }
        }
        return new Field(table, adj, commonOnly ? 0 : log2Factor(sumSq, 1.0 / total));
    }

    private static double log2Factor(double sumSq, double tf) {
        double factor = Math.max(1 / MAX_FACTOR, Math.min(MAX_FACTOR, sumSq / tf));
        return Math.log(factor) / Math.log(2);
    }

    private static int slot(String value, int size) {
        int x = value.hashCode() * 0x9E3779B9;
        return (x ^ (x >>> 16)) & (size - 1);
    }

    /** Whether field {@code f} has term-frequency adjustment. */
    public boolean enabled(int f) {
        return fields[f] != null;
    }

    /** log2 of the adjustment factor for exact agreement on {@code value} in field {@code f} (0 if off). */
    public double log2Adjustment(int f, String value) {
        Field field = fields[f];
        if (field == null) {
            return 0;
        }
        String[] table = field.keys;
        int mask = table.length - 1;
        for (int i = slot(value, table.length); ; i = (i + 1) & mask) {
            String k = table[i];
            if (k == null) {
                return field.unseen;
            }
            if (k == value || k.equals(value)) {
                return field.adjustments[i];
            }
        }
    }
}
