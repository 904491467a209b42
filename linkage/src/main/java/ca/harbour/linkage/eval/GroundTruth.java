package ca.harbour.linkage.eval;

import ca.harbour.linkage.cluster.UnionFind;
import ca.harbour.linkage.io.CsvReader;
import ca.harbour.linkage.io.LinkageInputException;
import ca.harbour.linkage.io.RecordSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * True entity of each record, from an entity column (optionally through a regex whose first group is the
 * entity, e.g. {@code rec-(\d+)-} for FEBRL ids) or from a file of true pairs (transitively closed).
 */
public final class GroundTruth {
    private final Map<String, String> entityById = new HashMap<>();

    /** Entity labels read from {@code column} of a CSV (with optional extraction regex). */
    public GroundTruth addColumn(Path csv, String idColumn, String column, String regex) {
        Pattern p = regex == null ? null : Pattern.compile(regex);
        try (CsvReader r = new CsvReader(csv)) {
            int id = RecordSource.column(r, idColumn);
            int e = RecordSource.column(r, column);
            String[] row;
            while ((row = r.next()) != null) {
                String label = row[e];
                if (p != null) {
                    Matcher m = p.matcher(label);
                    if (!m.find()) {
                        throw LinkageInputException.at(r.file(), r.row(), column, "truth.pattern", regex, label);
                    }
                    label = m.groupCount() > 0 ? m.group(1) : m.group();
                }
                if (!label.isEmpty()) {
                    entityById.put(row[id], label);
                }
            }
        } catch (IOException ex) {
            throw LinkageInputException.unreadable(csv.toString(), ex);
        }
        return this;
    }

    /** Entity labels from a file of true pairs (two id columns), closed transitively. */
    public static GroundTruth fromPairs(Path csv, String left, String right, List<String> ids) {
        return fromPairs(csv, left, right, null, ids);
    }

    /**
     * Entity labels from a file of labelled pairs, closed transitively; with a {@code scoreColumn} only
     * rows whose score is at least 0.5 are true pairs (e.g. Splink's clerical_match_score).
     */
    public static GroundTruth fromPairs(Path csv, String left, String right, String scoreColumn, List<String> ids) {
        Map<String, Integer> pos = new HashMap<>();
        for (String id : ids) {
            pos.putIfAbsent(id, pos.size());
        }
        UnionFind uf = new UnionFind(pos.size());
        try (CsvReader r = new CsvReader(csv)) {
            int a = RecordSource.column(r, left);
            int b = RecordSource.column(r, right);
            int sc = scoreColumn == null ? -1 : RecordSource.column(r, scoreColumn);
            String[] row;
            while ((row = r.next()) != null) {
                if (sc >= 0 && score(row[sc], r, scoreColumn) < 0.5) {
                    continue;
                }
                Integer x = pos.get(row[a]);
                Integer y = pos.get(row[b]);
                if (x != null && y != null) {
                    uf.union(x, y);
                }
            }
        } catch (IOException ex) {
            throw LinkageInputException.unreadable(csv.toString(), ex);
        }
        GroundTruth t = new GroundTruth();
        pos.forEach((id, i) -> t.entityById.put(id, "e" + uf.find(i)));
        return t;
    }

    private static double score(String v, CsvReader r, String column) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw LinkageInputException.at(r.file(), r.row(), column, "truth.notNumber", v);
        }
    }

    /** Entity label of a record id, or null when unknown (then it is its own entity). */
    public String entityOf(String id) {
        return entityById.get(id);
    }
}
