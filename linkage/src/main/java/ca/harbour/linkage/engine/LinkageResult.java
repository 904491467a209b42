package ca.harbour.linkage.engine;

import ca.harbour.linkage.block.BlockIndex;
import ca.harbour.linkage.cluster.Edges;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.score.Explanation;
import ca.harbour.linkage.score.FellegiSunter;
import java.util.List;

/**
 * Outcome of a batch run.
 *
 * @param records      prepared records (without their blocking keys, which the index holds); in linking the
 *                     first input's come first
 * @param firstSize    number of records of the first input
 * @param linking      whether two inputs were linked (pairs only across inputs)
 * @param pairs        scored pairs at or above the output threshold (record indexes, match weight)
 * @param entity       per record the index of its cluster representative
 * @param comparisons  distinct candidate pairs compared
 * @param model        model used (fitted or given), reusable for incremental linking
 * @param index        blocking index (for pair-completeness checks)
 */
public record LinkageResult(
        List<PreparedRecord> records,
        int firstSize,
        boolean linking,
        Edges pairs,
        int[] entity,
        long comparisons,
        LinkageModel model,
        BlockIndex index) {

    /** All pairs a full comparison would consider. */
    public long possiblePairs() {
        long n = records.size();
        return linking ? (long) firstSize * (n - firstSize) : n * (n - 1) / 2;
    }

    /** Share of possible pairs not compared. */
    public double reductionRatio() {
        long p = possiblePairs();
        return p == 0 ? 1.0 : 1.0 - (double) comparisons / p;
    }

    /** Match probability of stored pair {@code k}. */
    public double probability(int k) {
        return FellegiSunter.probability(pairs.weight(k));
    }

    /** Per-field explanation of any two records' score. */
    public Explanation explain(int i, int j) {
        return Explanation.of(model.scorer(), model.description(), records.get(i), records.get(j));
    }

    /** Entity id (id of the cluster's first record) of record {@code i}. */
    public String entityId(int i) {
        return records.get(entity[i]).id();
    }
}
