package ca.harbour.linkage.block;

import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The entries of {@link BlockKeys} once collected: runs read back from the spill file, already sorted, and
 * runs still in memory, sorted here only once it is known which key types to leave out.
 */
final class KeyRuns {
    private final List<LongBuffer> sorted;
    private final List<long[]> unsorted;
    private final int[] length;

    KeyRuns(List<LongBuffer> sorted, List<long[]> unsorted, int[] length) {
        this.sorted = sorted;
        this.unsorted = unsorted;
        this.length = length;
    }

    /** Every run as it is, sorted or not (enough for sampling). */
    List<LongBuffer> all() {
        List<LongBuffer> runs = new ArrayList<>(sorted);
        for (int c = 0; c < unsorted.size(); c++) {
            runs.add(LongBuffer.wrap(unsorted.get(c), 0, length[c]).slice());
        }
        return runs;
    }

    /**
     * Filters the runs in memory of the entries of {@code skip}ped key types and sorts them in place; spilled
     * runs are sorted already, and the merge leaves out their entries of skipped types.
     */
    SortedKeys sort(boolean[] skip) {
        List<LongBuffer> runs = new ArrayList<>(sorted);
        for (int c = 0; c < unsorted.size(); c++) {
            long[] d = unsorted.get(c);
            int kept = 0;
            for (int i = 0; i < length[c]; i++) {
                if (!skip[AtomBlocker.typeOf(BlockKeys.key(d[i]))]) {
                    d[kept++] = d[i];
                }
            }
            Arrays.parallelSort(d, 0, kept);
            runs.add(LongBuffer.wrap(d, 0, kept).slice());
        }
        return new SortedKeys(runs.toArray(new LongBuffer[0]), skip);
    }
}
