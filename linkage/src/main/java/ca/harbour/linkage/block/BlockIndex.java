package ca.harbour.linkage.block;

import ca.harbour.linkage.model.PreparedRecord;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Batch blocking index in compressed form: blocks of record indexes (ascending) and, per record, the
 * blocks it belongs to. Blocks larger than {@code maxBlockSize} are dropped and their keys become stop
 * keys; so are the larger blocks of a key type over its comparison budget ({@link BlockPlan}). Candidate
 * pairs are generated per record without ever materialising the set of all pairs.
 */
public final class BlockIndex {
    private final IntArray blockStart;
    private final IntArray members;
    private final int[] recStart;
    private final IntArray recBlocks;
    private final long[] stopKeys;
    private final boolean[] droppedTypes;

    private BlockIndex(
            IntArray blockStart,
            IntArray members,
            int[] recStart,
            IntArray recBlocks,
            long[] stopKeys,
            boolean[] droppedTypes) {
        this.droppedTypes = droppedTypes;
        this.blockStart = blockStart;
        this.members = members;
        this.recStart = recStart;
        this.recBlocks = recBlocks;
        this.stopKeys = stopKeys;
    }

    /** Builds the index over records whose {@code index()} equals their list position. */
    public static BlockIndex build(List<PreparedRecord> records, int maxBlockSize) {
        return build(records, maxBlockSize, Long.MAX_VALUE);
    }

    /**
     * Builds the index with a comparison budget per key type: the types whose blocks together would cost
     * more than {@code typeBudget} comparisons share one more {@code typeBudget}, spent on their smallest
     * blocks first; their larger blocks become stop keys, and a type left with no block is dropped.
     * Sorted-neighbourhood types are kept whole, their cost being bounded by construction.
     */
    public static BlockIndex build(List<PreparedRecord> records, int maxBlockSize, long typeBudget) {
        BlockKeys keys = new BlockKeys();
        for (PreparedRecord r : records) {
            keys.add(r.index(), r.keys());
        }
        return build(keys, records.size(), maxBlockSize, typeBudget);
    }

    /**
     * Builds the index of {@code n} records from their key entries, which it consumes (the entries are empty
     * afterwards). Each chunk is filtered and sorted on its own and the chunks are merged as they are read,
     * so no array of all entries is ever made: the build needs the entries' own size plus the index's.
     */
    public static BlockIndex build(BlockKeys keys, int n, int maxBlockSize, long typeBudget) {
        return build(keys, n, maxBlockSize, typeBudget, Long.MAX_VALUE, null);
    }

    /**
     * As {@link #build(BlockKeys, int, int, long)}, keeping the index's block arrays in a memory-mapped
     * scratch file in {@code dir} when they hold more than {@code heapInts} ints in all.
     */
    public static BlockIndex build(BlockKeys keys, int n, int maxBlockSize, long typeBudget, long heapInts, Path dir) {
        if (n >= (1 << BlockKeys.IDX_BITS)) {
            throw new IllegalArgumentException("at most " + ((1 << BlockKeys.IDX_BITS) - 1) + " records per run");
        }
        KeyRuns runs = keys.drain();
        boolean[] hopeless = HopelessTypes.of(runs.all(), n, maxBlockSize, typeBudget);
        SortedKeys sorted = runs.sort(hopeless);
        runs = null;
        BlockPlan plan = BlockPlan.of(sorted, hopeless, maxBlockSize, typeBudget);
        if (plan.memberCount > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the blocks hold " + plan.memberCount + " members, more than an"
                    + " index can address; give a smaller max block size");
        }
        boolean inFile = plan.blockCount + 1L + 2L * plan.memberCount > heapInts;
        IntArray start = inFile ? IntArray.inFile(plan.blockCount + 1, dir) : IntArray.onHeap(plan.blockCount + 1);
        IntArray mem = inFile ? IntArray.inFile((int) plan.memberCount, dir) : IntArray.onHeap((int) plan.memberCount);
        long[] stopKeys = new long[plan.stopCount];
        int[] recCount = new int[n + 1];
        int nb = 0;
        int nm = 0;
        int ns = 0;
        for (KeyGroups g = sorted.groups(); g.hasNext(); ) {
            g.group(true);
            int t = AtomBlocker.typeOf(g.key);
            if (plan.dropped[t]) {
                continue;
            }
            if (g.size > plan.largest[t]) {
                stopKeys[ns++] = g.key;
            } else if (g.size > 1) {
                start.set(nb++, nm);
                for (int e = 0; e < g.size; e++) {
                    mem.set(nm++, g.members[e]);
                    recCount[g.members[e] + 1]++;
                }
            }
        }
        start.set(nb, nm);
        sorted = null;
        for (int r = 0; r < n; r++) {
            recCount[r + 1] += recCount[r];
        }
        IntArray recBlocks = inFile ? IntArray.inFile(nm, dir) : IntArray.onHeap(nm);
        int[] fill = Arrays.copyOf(recCount, n);
        for (int b = 0; b < nb; b++) {
            for (int m = start.get(b), end = start.get(b + 1); m < end; m++) {
                int r = mem.get(m);
                recBlocks.set(fill[r]++, b);
            }
        }
        Arrays.sort(stopKeys);
        return new BlockIndex(start, mem, recCount, recBlocks, stopKeys, plan.dropped);
    }

    /**
     * Keys of the types kept whose blocks were too large to use, sorted. Every key of a dropped type
     * ({@link #droppedTypes}) is a stop key too, without being listed.
     */
    public long[] stopKeys() {
        return stopKeys;
    }

    /** Key types dropped as too costly (indexed by {@link AtomBlocker#typeOf}). */
    public boolean[] droppedTypes() {
        return droppedTypes.clone();
    }

    /** Default comparison budget of one key type: {@code max(3 n, 20,000)}. */
    public static long defaultTypeBudget(int records) {
        return Math.max(3L * records, 20_000L);
    }

    /** Number of usable blocks. */
    public int blocks() {
        return blockStart.length() - 1;
    }

    /**
     * Scratch space of {@link #candidates}, used by one thread at a time: it grows to the longest list of
     * candidates met, which the block size limit keeps short.
     */
    public static final class Scratch {
        private int[] found = new int[64];
    }

    /**
     * Visits the distinct candidates {@code j} of record {@code i} with {@code j < limit(i)}, in ascending
     * order: in de-duplication {@code limit = i}; in linking pass the first index of the other source. The
     * candidates of all of the record's blocks are gathered and sorted, which finds the ones in several
     * blocks without an array over all records (at a million records, marks in such an array missed the
     * cache on most visits, and each thread needed one).
     */
    public void candidates(int i, int limit, Scratch scratch, IntConsumer visit) {
        int[] found = scratch.found;
        int size = 0;
        for (int b = recStart[i]; b < recStart[i + 1]; b++) {
            int block = recBlocks.get(b);
            for (int m = blockStart.get(block), end = blockStart.get(block + 1); m < end; m++) {
                int j = members.get(m);
                if (j >= limit) {
                    break;
                }
                if (size == found.length) {
                    found = Arrays.copyOf(found, size * 2);
                    scratch.found = found;
                }
                found[size++] = j;
            }
        }
        Arrays.sort(found, 0, size);
        for (int k = 0; k < size; k++) {
            if (k == 0 || found[k] != found[k - 1]) {
                visit.accept(found[k]);
            }
        }
    }

    /** Whether records {@code a} and {@code b} share a usable block. */
    public boolean shareBlock(int a, int b) {
        int x = recStart[a];
        int y = recStart[b];
        while (x < recStart[a + 1] && y < recStart[b + 1]) {
            int ba = recBlocks.get(x);
            int bb = recBlocks.get(y);
            if (ba == bb) {
                return true;
            }
            if (ba < bb) {
                x++;
            } else {
                y++;
            }
        }
        return false;
    }
}
