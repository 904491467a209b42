package ca.harbour.linkage.eval;

import ca.harbour.linkage.cluster.UnionFind;
import ca.harbour.linkage.io.CsvReader;
import ca.harbour.linkage.io.LinkageInputException;
import ca.harbour.linkage.io.RecordSource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * True entity of each record, from an entity column (optionally through a regex whose first group is the
 * entity, e.g. {@code rec-(\d+)-} for FEBRL ids) or from a file of true pairs (transitively closed). A
 * record is known by its input (0, or 1 for the second input of a link) and its id: two inputs may use the
 * same ids for different records (tables A and B numbered from 0 each, as in many published benchmarks).
 */
public final class GroundTruth {
    private final List<Map<String, String>> entityById = List.of(new HashMap<>(), new HashMap<>());

    /** Entity labels of input {@code input}'s records, read from {@code column} (with optional extraction regex). */
    public GroundTruth addColumn(Path csv, int input, String idColumn, String column, String regex) {
        return addColumn(csv, StandardCharsets.UTF_8, input, idColumn, column, regex);
    }

    /** As {@link #addColumn(Path, int, String, String, String)}, for a file in {@code charset}. */
    public GroundTruth addColumn(Path csv, Charset charset, int input, String idColumn, String column, String regex) {
        Pattern p = regex == null ? null : Pattern.compile(regex);
        try (CsvReader r = new CsvReader(csv, charset)) {
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
                    entityById.get(input).put(row[id], label);
                }
            }
        } catch (IOException ex) {
            throw LinkageInputException.unreadable(csv.toString(), ex);
        }
        return this;
    }

    /**
     * Entity labels from a file of labelled pairs, closed transitively; with a {@code scoreColumn} only
     * rows whose score is at least 0.5 are true pairs (e.g. Splink's clerical_match_score, or the 0/1 label
     * of tables A and B). In a link the {@code left} id is of the first input and the {@code right} id of the
     * second (a pair written the other way round is taken too, where its ids say so).
     *
     * @param ids       record ids of the inputs, first input first
     * @param firstSize number of records of the first input (= ids.size() when de-duplicating)
     */
    public static GroundTruth fromPairs(
            Path csv, String left, String right, String scoreColumn, List<String> ids, int firstSize) {
        List<Map<String, Integer>> pos = List.of(new HashMap<>(), new HashMap<>());
        for (int i = 0; i < ids.size(); i++) {
            pos.get(i < firstSize ? 0 : 1).putIfAbsent(ids.get(i), i);
        }
        boolean linking = firstSize < ids.size();
        UnionFind uf = new UnionFind(ids.size());
        try (CsvReader r = new CsvReader(csv)) {
            int a = RecordSource.column(r, left);
            int b = RecordSource.column(r, right);
            int sc = scoreColumn == null ? -1 : RecordSource.column(r, scoreColumn);
            String[] row;
            while ((row = r.next()) != null) {
                if (sc >= 0 && score(row[sc], r, scoreColumn) < 0.5) {
                    continue;
                }
                Integer x = pos.get(0).get(row[a]);
                Integer y = pos.get(linking ? 1 : 0).get(row[b]);
                if (linking && (x == null || y == null)) {
                    x = pos.get(1).get(row[a]);
                    y = pos.get(0).get(row[b]);
                }
                if (x != null && y != null) {
                    uf.union(x, y);
                }
            }
        } catch (IOException ex) {
            throw LinkageInputException.unreadable(csv.toString(), ex);
        }
        GroundTruth t = new GroundTruth();
        for (int i = 0; i < ids.size(); i++) {
            t.entityById.get(i < firstSize ? 0 : 1).put(ids.get(i), "e" + uf.find(i));
        }
        return t;
    }

    private static double score(String v, CsvReader r, String column) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw LinkageInputException.at(r.file(), r.row(), column, "truth.notNumber", v);
        }
    }

    /** Entity label of the record {@code id} of input {@code input}, or null when unknown (its own entity then). */
    public String entityOf(int input, String id) {
        return entityById.get(input).get(id);
    }
}
