package ca.harbour.linkage.eval;

import ca.harbour.linkage.cluster.UnionFind;
import ca.harbour.linkage.io.CsvReader;
import ca.harbour.linkage.io.LinkageInputException;
import ca.harbour.linkage.io.RecordSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a file of predicted pairs from any tool (columns {@code id_l,id_r}) against ground truth, the same
 * way for every tool: pair precision, recall and F1, and the same for the pairs implied by the transitive
 * closure of the predicted pairs. Repeated and reversed pairs count once; in linking only cross pairs count,
 * and {@code id_l} is looked up in the first input first, {@code id_r} in the second (ids may repeat across inputs).
 */
public final class PairFileEvaluator {

    private PairFileEvaluator() {}

    /** Metrics of the pairs as given and of their transitive closure. */
    public record Result(Metrics pairs, Metrics closure) {}

    /**
     * @param ids       record ids of the inputs, first input first
     * @param firstSize number of records of the first input (= ids.size() when de-duplicating)
     */
    public static Result evaluate(Path predicted, List<String> ids, int firstSize, GroundTruth truth) {
        boolean linking = firstSize < ids.size();
        Map<String, Integer> pos = new HashMap<>();
        Map<String, Integer> second = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            (i < firstSize ? pos : second).put(ids.get(i), i);
        }
        Set<Long> pairs = new HashSet<>();
        try (CsvReader r = new CsvReader(predicted)) {
            int a = RecordSource.column(r, "id_l");
            int b = RecordSource.column(r, "id_r");
            String[] row;
            while ((row = r.next()) != null) {
                Integer x = pos.containsKey(row[a]) ? pos.get(row[a]) : second.get(row[a]);
                Integer y = linking && second.containsKey(row[b]) ? second.get(row[b]) : pos.get(row[b]);
                if (x == null || y == null) {
                    throw LinkageInputException.at(r.file(), r.row(), null, "pairs.unknownId");
                }
                if (!x.equals(y) && (!linking || (x < firstSize) != (y < firstSize))) {
                    pairs.add(((long) Math.min(x, y) << 32) | Math.max(x, y));
                }
            }
        } catch (IOException e) {
            throw LinkageInputException.unreadable(predicted.toString(), e);
        }
        int[] label = new int[ids.size()];
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String e = truth.entityOf(i < firstSize ? 0 : 1, ids.get(i));
            label[i] = e == null ? -1 - i : labels.computeIfAbsent(e, k -> labels.size());
        }
        long tp = 0;
        UnionFind uf = new UnionFind(ids.size());
        for (long p : pairs) {
            int x = (int) (p >>> 32);
            int y = (int) p;
            if (label[x] == label[y]) {
                tp++;
            }
            uf.union(x, y);
        }
        Map<Long, long[]> byTruth = new HashMap<>();
        Map<Long, long[]> byCluster = new HashMap<>();
        Map<Long, long[]> byBoth = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            int side = linking && i >= firstSize ? 1 : 0;
            long c = uf.find(i);
            byTruth.computeIfAbsent((long) label[i], k -> new long[2])[side]++;
            byCluster.computeIfAbsent(c, k -> new long[2])[side]++;
            byBoth.computeIfAbsent((c << 32) ^ (label[i] & 0xffffffffL), k -> new long[2])[side]++;
        }
        long actual = count(byTruth, linking);
        return new Result(
                new Metrics(tp, pairs.size(), actual),
                new Metrics(count(byBoth, linking), count(byCluster, linking), actual));
    }

    private static long count(Map<Long, long[]> groups, boolean linking) {
        long s = 0;
        for (long[] c : groups.values()) {
            s += linking ? c[0] * c[1] : c[0] * (c[0] - 1) / 2;
        }
        return s;
    }
}
