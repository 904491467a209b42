package ca.harbour.linkage.io;

import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON dataset description:
 * <pre>{ "id": "rec_id", "threshold": 0.5, "maxBlockSize": 500, "maxClusterSize": 50, "seed": 42,
 *   "fields": [ {"name": "surname", "kind": "family_name", "column": "surname", "weight": 1.0,
 *                "block": true, "tf": true, "dateOrder": "DMY", "region": "CA"} ] }</pre>
 * Only "id", "fields" and each field's "name" and "kind" are required.
 */
public final class DescriptionReader {

    private DescriptionReader() {
    }

    /** Reads and validates a description file. */
    public static DatasetDescription read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new LinkageInputException(file + ": cannot read description: " + e.getMessage(), e);
        }
    }

    /** Parses description text; {@code source} names it in error messages. */
    @SuppressWarnings("unchecked")
    public static DatasetDescription parse(String json, String source) {
        try {
            Object root = Json.parse(json);
            if (!(root instanceof Map)) {
                throw new IllegalArgumentException("top level must be an object");
            }
            Map<String, Object> m = (Map<String, Object>) root;
            String id = str(m, "id", null);
            if (id == null) {
                throw new IllegalArgumentException("missing \"id\" (the id column)");
            }
            Object fs = m.get("fields");
            if (!(fs instanceof List) || ((List<?>) fs).isEmpty()) {
                throw new IllegalArgumentException("\"fields\" must be a non-empty array");
            }
            List<FieldSpec> fields = new ArrayList<>();
            for (Object o : (List<Object>) fs) {
                fields.add(field((Map<String, Object>) o));
            }
            double t = m.containsKey("threshold") ? ((Number) m.get("threshold")).doubleValue() : Double.NaN;
            int block = (int) num(m, "maxBlockSize", 500);
            int cluster = (int) num(m, "maxClusterSize", 50);
            long seed = (long) num(m, "seed", 42);
            return new DatasetDescription(id, fields, t, block, cluster, seed);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new LinkageInputException(source + ": invalid dataset description: " + e.getMessage(), e);
        }
    }

    private static FieldSpec field(Map<String, Object> f) {
        String name = str(f, "name", null);
        String kind = str(f, "kind", null);
        if (name == null || kind == null) {
            throw new IllegalArgumentException("every field needs \"name\" and \"kind\": " + f);
        }
        Object block = f.get("block");
        Object tf = f.get("tf");
        return new FieldSpec(name, str(f, "column", name), FieldKind.parse(kind), num(f, "weight", 1.0),
                (Boolean) block, (Boolean) tf, str(f, "dateOrder", "MDY"), str(f, "region", "CA"));
    }

    private static String str(Map<String, Object> m, String k, String def) {
        Object v = m.get(k);
        return v == null ? def : v.toString();
    }

    private static double num(Map<String, Object> m, String k, double def) {
        Object v = m.get(k);
        return v == null ? def : ((Number) v).doubleValue();
    }
}
