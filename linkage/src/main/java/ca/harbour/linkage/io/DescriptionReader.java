package ca.harbour.linkage.io;

import ca.harbour.linkage.compare.EditDistance;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Tolerance;
import ca.harbour.linkage.normalize.Normalizer;
import ca.harbour.linkage.normalize.Normalizers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a JSON dataset description:
 * <pre>{ "id": "rec_id", "threshold": 0.5, "maxBlockSize": 500, "maxClusterSize": 50, "seed": 42,
 *   "oneToOne": false,
 *   "fields": [ {"name": "surname", "kind": "family_name", "column": "surname", "weight": 1.0,
 *                "block": true, "tf": true, "dateOrder": "DMY", "region": "CA",
 *                "tolerance": 1, "missing": ["unknown"]} ] }</pre>
 * Only "id", "fields" and each field's "name" and "kind" are required. Two inputs of a link that name their
 * columns differently give "id" and a field's "column" as a list of two, the first input's name and the
 * second's, where a field's may be null for an input without it: {@code "column": ["title", "name"]},
 * {@code "column": [null, "manufacturer"]}.
 */
public final class DescriptionReader {

    /**
     * Every key a description may have at its top level. A key not listed here is an error naming the
     * nearest listed one, so a misspelt knob never goes silently unused: add a new key here.
     */
    public static final List<String> TOP_LEVEL_KEYS =
            List.of("id", "fields", "threshold", "maxBlockSize", "maxClusterSize", "seed", "oneToOne");

    /** Every key a field may have (see {@link #TOP_LEVEL_KEYS}). */
    public static final List<String> FIELD_KEYS =
            List.of("name", "kind", "column", "weight", "block", "tf", "dateOrder", "region", "tolerance", "missing");

    private DescriptionReader() {}

    /** Reads and validates a description file. */
    public static DatasetDescription read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw LinkageInputException.unreadable(file.toString(), e);
        }
    }

    /** Parses description text; {@code source} names it in error messages. */
    @SuppressWarnings("unchecked")
    public static DatasetDescription parse(String json, String source) {
        try {
            Object root = Json.parse(json);
            if (!(root instanceof Map)) {
                throw LinkageInputException.of("description.topLevel");
            }
            Map<String, Object> m = (Map<String, Object>) root;
            knownKeys(m, TOP_LEVEL_KEYS, null);
            if (m.get("id") == null) {
                throw LinkageInputException.of("description.missingId");
            }
            String[] id = columns(m.get("id"), "id", false);
            Object fs = m.get("fields");
            if (!(fs instanceof List) || ((List<?>) fs).isEmpty()) {
                throw LinkageInputException.of("description.noFields");
            }
            // the fields as the first input names their columns, then as the second does
            List<FieldSpec> first = new ArrayList<>();
            List<FieldSpec> second = new ArrayList<>();
            boolean sameColumns = id[0].equals(id[1]);
            for (Object o : (List<Object>) fs) {
                if (!(o instanceof Map)) {
                    throw LinkageInputException.of("description.fieldObject", o);
                }
                FieldSpec f = field((Map<String, Object>) o);
                String[] column = columns(((Map<String, Object>) o).getOrDefault("column", f.name()), "column", true);
                if (column[0] == null && column[1] == null) {
                    throw LinkageInputException.of("description.noColumn", f.name());
                }
                first.add(f.withColumn(column[0]));
                second.add(f.withColumn(column[1]));
                sameColumns &= Objects.equals(column[0], column[1]);
            }
            double t = num(m, "threshold", Double.NaN);
            int block = (int) num(m, "maxBlockSize", 500);
            int cluster = (int) num(m, "maxClusterSize", 50);
            long seed = (long) num(m, "seed", 42);
            Boolean oneToOne = bool(m, "oneToOne");
            DatasetDescription d = new DatasetDescription(
                    id[0],
                    first,
                    t,
                    block,
                    cluster,
                    seed,
                    sameColumns ? null : new DatasetDescription(id[1], second, t, block, cluster, seed));
            return oneToOne != null && oneToOne ? d.withOneToOne(true) : d;
        } catch (LinkageInputException e) {
            throw LinkageInputException.at(source, 0, null, "description.invalid", e)
                    .causedBy(e);
        } catch (IllegalArgumentException e) {
            // a check of the model's own (none that a parsed description can reach today) keeps its English text
            throw LinkageInputException.at(source, 0, null, "description.invalid", e.getMessage())
                    .causedBy(e);
        }
    }

    private static FieldSpec field(Map<String, Object> f) {
        String name = str(f, "name", null);
        String kind = str(f, "kind", null);
        if (name == null || kind == null) {
            throw LinkageInputException.of("description.fieldNeedsNameKind", f);
        }
        knownKeys(f, FIELD_KEYS, name);
        FieldKind k;
        try {
            k = FieldKind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw LinkageInputException.of(
                    "description.unknownKind",
                    kind,
                    Arrays.toString(FieldKind.values()).toLowerCase(Locale.ROOT));
        }
        FieldSpec spec = new FieldSpec(
                name,
                name,
                k,
                num(f, "weight", 1.0),
                bool(f, "block"),
                bool(f, "tf"),
                str(f, "dateOrder", "MDY"),
                str(f, "region", "CA"),
                tolerance(f.get("tolerance"), k),
                null);
        return spec.withMissing(missing(f.get("missing"), spec));
    }

    /**
     * A numeric field's tolerance: a number is an amount in the field's own units ({@code 1} for a year
     * give or take one), a string ending in {@code %} a share of the larger value ({@code "10%"}).
     */
    private static Tolerance tolerance(Object v, FieldKind kind) {
        if (v == null) {
            return null;
        }
        if (kind != FieldKind.NUMERIC) {
            throw LinkageInputException.of(
                    "description.toleranceKind", kind.name().toLowerCase(Locale.ROOT));
        }
        try {
            if (v instanceof Number n) {
                return new Tolerance(n.doubleValue(), false);
            }
            String s = v.toString().trim();
            if (s.endsWith("%")) {
                return new Tolerance(
                        Double.parseDouble(s.substring(0, s.length() - 1).trim()) / 100, true);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        throw LinkageInputException.of("description.tolerance", v);
    }

    /** Values the description says stand for no value in a field, normalised as the field's values are. */
    private static List<String> missing(Object v, FieldSpec f) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw LinkageInputException.of("description.missing", v);
        }
        Normalizer n = Normalizers.forField(f);
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            if (!(o instanceof String) && !(o instanceof Number)) {
                throw LinkageInputException.of("description.missing", v);
            }
            String norm = n.normalize(o.toString());
            if (norm != null) {
                out.add(norm);
            }
        }
        return out;
    }

    /**
     * Rejects a key not in {@code known}, naming the nearest known key when one is close (two edits, or a
     * third of its length), else listing them all; {@code field} names the field, null at the top level.
     */
    private static void knownKeys(Map<String, Object> m, List<String> known, String field) {
        for (String key : m.keySet()) {
            if (known.contains(key)) {
                continue;
            }
            String nearest = nearest(key, known);
            Object where = field == null
                    ? LinkageInputException.of("description.where.top")
                    : LinkageInputException.of("description.where.field", field);
            Object hint = nearest != null
                    ? LinkageInputException.of("description.didYouMean", nearest)
                    : LinkageInputException.of("description.knownKeys", String.join(", ", known));
            throw LinkageInputException.of("description.unknownKey", key, where, hint);
        }
    }

    /** The known key nearest {@code key} (case aside), or null when none is near. */
    static String nearest(String key, List<String> known) {
        String k = key.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : known) {
            int max = Math.max(2, c.length() / 3);
            int d = EditDistance.distance(k, c.toLowerCase(Locale.ROOT), max);
            if (d <= max && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The column names of the two inputs: one name for both, or a list of two (null for an input without
     * the column where {@code absentAllowed}).
     */
    private static String[] columns(Object v, String key, boolean absentAllowed) {
        if (v instanceof String s) {
            return new String[] {s, s};
        }
        if (v instanceof List<?> l && l.size() == 2) {
            String[] out = new String[2];
            for (int i = 0; i < 2; i++) {
                Object c = l.get(i);
                if (c instanceof String s) {
                    out[i] = s;
                } else if (c != null || !absentAllowed) {
                    throw LinkageInputException.of("description.columns", key, v);
                }
            }
            return out;
        }
        throw LinkageInputException.of("description.columns", key, v);
    }

    private static String str(Map<String, Object> m, String k, String def) {
        Object v = m.get(k);
        return v == null ? def : v.toString();
    }

    private static double num(Map<String, Object> m, String k, double def) {
        Object v = m.get(k);
        if (v != null && !(v instanceof Number)) {
            throw LinkageInputException.of("description.notNumber", k, v);
        }
        return v == null ? def : ((Number) v).doubleValue();
    }

    private static Boolean bool(Map<String, Object> m, String k) {
        Object v = m.get(k);
        if (v != null && !(v instanceof Boolean)) {
            throw LinkageInputException.of("description.notBoolean", k, v);
        }
        return (Boolean) v;
    }
}
