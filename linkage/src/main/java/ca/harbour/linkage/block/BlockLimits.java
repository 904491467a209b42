package ca.harbour.linkage.block;

/**
 * The decisions behind the index's block-size limits, for a caller that counts blocks itself (the Spark job
 * counts them with a shuffle): which key types a sample shows to be hopeless ({@link HopelessTypes}) and
 * which blocks each type keeps ({@link BlockPlan}). The index takes its limits from here too, so both keep
 * the same blocks.
 */
public final class BlockLimits {

    private BlockLimits() {}

    /** What each key type keeps: its largest block (a larger one is a stop key), whether it was over budget, dropped. */
    public record Kept(int[] largest, boolean[] over, boolean[] dropped) {}

    /**
     * Every how many records the sample of {@link #hopeless} takes one (by record index), or 0 when no type is
     * left out beforehand (100,000 records or fewer, or no budget).
     */
    public static int hopelessStride(int n, long typeBudget) {
        return n <= 100_000 || typeBudget == Long.MAX_VALUE ? 0 : n / 50_000;
    }

    /** Blocks of a type are counted by size up to this size (see {@link #kept}). */
    public static int countedSize(int maxBlockSize, long typeBudget) {
        return (int) Math.min(maxBlockSize, 2 + (long) Math.sqrt(2.0 * typeBudget));
    }

    /**
     * The hopeless key types: those whose cost, estimated from the keys of every {@link #hopelessStride}-th
     * record, is over four budgets. Sorted-neighbourhood and word types never are.
     *
     * @param keys the sampled records' keys, sorted, in {@code keys[0, size)}
     */
    public static boolean[] hopeless(long[] keys, int size, int n, int maxBlockSize, long typeBudget) {
        boolean[] hopeless = new boolean[AtomBlocker.TYPES];
        int stride = hopelessStride(n, typeBudget);
        if (stride == 0) {
            return hopeless;
        }
        int s = (n + stride - 1) / stride;
        double[] cost = new double[AtomBlocker.TYPES];
        double scale = (double) n / s;
        for (int from = 0; from < size; ) {
            int to = from + 1;
            while (to < size && keys[to] == keys[from]) {
                to++;
            }
            double c = to - from;
            if (c * scale <= maxBlockSize) {
                cost[AtomBlocker.typeOf(keys[from])] += c * (c - 1) / 2 * scale * scale;
            }
            from = to;
        }
        for (int t = 0; t < hopeless.length; t++) {
            hopeless[t] = t != SortedNeighbourhood.TYPE && !MinHashBlocker.isWordType(t) && cost[t] > 4.0 * typeBudget;
        }
        return hopeless;
    }

    /**
     * The blocks each type keeps. The types whose blocks of two to {@code maxBlockSize} records would cost more
     * than {@code typeBudget} comparisons share one more budget, spent on their blocks of two, then three, and
     * so on; the others keep every block up to {@code maxBlockSize}.
     *
     * @param typeCost each type's comparisons in its blocks of two to {@code maxBlockSize} records
     * @param bySize each type's number of blocks of each size up to {@link #countedSize} (null: none)
     */
    public static Kept kept(long[] typeCost, long[][] bySize, boolean[] hopeless, int maxBlockSize, long typeBudget) {
        int types = AtomBlocker.TYPES;
        int counted = countedSize(maxBlockSize, typeBudget);
        boolean[] over = new boolean[types];
        for (int t = 0; t < types; t++) {
            over[t] = t != SortedNeighbourhood.TYPE && !hopeless[t] && typeCost[t] > typeBudget;
        }
        int purgedLargest = 1;
        for (long spent = 0; purgedLargest < counted; purgedLargest++) {
            int size = purgedLargest + 1;
            long cost = 0;
            for (int t = 0; t < types; t++) {
                if (over[t] && bySize[t] != null) {
                    cost += bySize[t][size] * ((long) size * (size - 1) / 2);
                }
            }
            if (spent + cost > typeBudget) {
                break;
            }
            spent += cost;
        }
        int[] largest = new int[types];
        boolean[] dropped = new boolean[types];
        for (int t = 0; t < types; t++) {
            largest[t] = over[t] ? purgedLargest : maxBlockSize;
            dropped[t] = t != SortedNeighbourhood.TYPE && (hopeless[t] || largest[t] < 2);
        }
        return new Kept(largest, over, dropped);
    }
}
