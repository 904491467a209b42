package ca.harbour.linkage.block;

import ca.harbour.linkage.model.PreparedRecord;

import java.util.Arrays;
import java.util.List;

/**
 * Batch blocking index in compressed form: blocks of record indexes (ascending) and, per record, the
 * blocks it belongs to. Blocks larger than {@code maxBlockSize} are dropped and their keys become stop
 * keys. Candidate pairs are generated per record without ever materialising the set of all pairs.
 */
public final class BlockIndex {
    private static final int IDX_BITS = 26;
    private final int[] blockStart;
    private final int[] members;
    private final int[] recStart;
    private final int[] recBlocks;
    private final long[] stopKeys;
    private final boolean[] droppedTypes;

    private BlockIndex(int[] blockStart, int[] members, int[] recStart, int[] recBlocks, long[] stopKeys,
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
     * Builds the index, also dropping every key type whose blocks together would cost more than
     * {@code typeBudget} comparisons (such keys become stop keys too); sorted-neighbourhood types are kept,
     * their cost being bounded by construction.
     */
    public static BlockIndex build(List<PreparedRecord> records, int maxBlockSize, long typeBudget) {
        Entries e = new Entries();
        for (PreparedRecord r : records) {
            e.add(r.index(), r.keys());
        }
        return build(e, records.size(), maxBlockSize, typeBudget);
    }

    /**
     * The blocking keys of a run as packed {@code key << 26 | record} entries, collected while records are
     * prepared so that records need not keep their keys. Not thread-safe.
     */
    public static final class Entries {
        private long[] packed = new long[1024];
        private int size;

        /** Adds the keys of record {@code index} (less than 2^26). */
        public void add(int index, long[] keys) {
            if (size + keys.length > packed.length) {
                packed = Arrays.copyOf(packed, Math.max(size + keys.length, packed.length + (packed.length >> 1)));
            }
            for (long k : keys) {
                packed[size++] = (k << IDX_BITS) | index;
            }
        }

        /** Number of entries. */
        public int size() {
            return size;
        }
    }

    /**
     * Builds the index of {@code n} records from their key entries, which it consumes (the entries are empty
     * afterwards, so their memory can go before the index's own arrays are made).
     */
    public static BlockIndex build(Entries entries, int n, int maxBlockSize, long typeBudget) {
        if (n >= (1 << IDX_BITS)) {
            throw new IllegalArgumentException("at most " + ((1 << IDX_BITS) - 1) + " records per run");
        }
        long[] packed = entries.packed;
        int total = entries.size;
        entries.packed = new long[0];
        entries.size = 0;
        boolean[] hopeless = hopelessTypes(packed, total, n, maxBlockSize, typeBudget);
        int kept = 0;
        for (int i = 0; i < total; i++) {
            if (!hopeless[AtomBlocker.typeOf(packed[i] >>> IDX_BITS)]) {
                packed[kept++] = packed[i];
            }
        }
        total = kept;
        Arrays.parallelSort(packed, 0, total);
        long[] typeCost = new long[AtomBlocker.TYPES];
        for (int i = 0; i < total; ) {
            long key = packed[i] >>> IDX_BITS;
            int j = i;
            while (j < total && (packed[j] >>> IDX_BITS) == key) {
                j++;
            }
            long size = j - i;
            if (size <= maxBlockSize) {
                typeCost[AtomBlocker.typeOf(key)] += size * (size - 1) / 2;
            }
            i = j;
        }
        boolean[] dropped = new boolean[AtomBlocker.TYPES];
        for (int t = 0; t < dropped.length; t++) {
            dropped[t] = !SortedNeighbourhood.isSortedType(t) && (hopeless[t] || typeCost[t] > typeBudget);
        }
        if (System.getProperty("harbour.linkage.debug") != null) {
            System.err.println("key type costs " + Arrays.toString(typeCost) + " budget " + typeBudget);
        }
        // First pass: count the usable blocks and their members, so each array is made once at its size.
        int nb = 0;
        int nm = 0;
        int ns = 0;
        for (int i = 0; i < total; ) {
            long key = packed[i] >>> IDX_BITS;
            int j = i;
            while (j < total && (packed[j] >>> IDX_BITS) == key) {
                j++;
            }
            int size = j - i;
            if (size > maxBlockSize || dropped[AtomBlocker.typeOf(key)]) {
                ns++;
            } else if (size > 1) {
                nb++;
                nm += size;
            }
            i = j;
        }
        int[] start = new int[nb + 1];
        int[] mem = new int[nm];
        long[] stopKeys = new long[ns];
        int[] recCount = new int[n + 1];
        nb = 0;
        nm = 0;
        ns = 0;
        for (int i = 0; i < total; ) {
            long key = packed[i] >>> IDX_BITS;
            int j = i;
            while (j < total && (packed[j] >>> IDX_BITS) == key) {
                j++;
            }
            int size = j - i;
            if (size > maxBlockSize || dropped[AtomBlocker.typeOf(key)]) {
                stopKeys[ns++] = key;
            } else if (size > 1) {
                start[nb++] = nm;
                for (int e = i; e < j; e++) {
                    int r = (int) (packed[e] & ((1L << IDX_BITS) - 1));
                    mem[nm++] = r;
                    recCount[r + 1]++;
                }
            }
            i = j;
        }
        start[nb] = nm;
        packed = null;
        for (int r = 0; r < n; r++) {
            recCount[r + 1] += recCount[r];
        }
        int[] recBlocks = new int[nm];
        int[] fill = Arrays.copyOf(recCount, n);
        for (int b = 0; b < nb; b++) {
            for (int m = start[b]; m < start[b + 1]; m++) {
                recBlocks[fill[mem[m]]++] = b;
            }
        }
        Arrays.sort(stopKeys);
        return new BlockIndex(start, mem, recCount, recBlocks, stopKeys, dropped);
    }

    /**
     * Key types that a sample already shows to be far over budget (estimated cost more than 4× the budget,
     * scaling the sample's cost by the square of the sampling ratio); they are left out before the full
     * index is sorted. Only used on inputs of more than 100,000 records. The sample is every
     * {@code n / 50,000}-th record.
     */
    private static boolean[] hopelessTypes(long[] packed, int total, int n, int maxBlockSize, long typeBudget) {
        boolean[] hopeless = new boolean[AtomBlocker.TYPES];
        if (n <= 100_000 || typeBudget == Long.MAX_VALUE) {
            return hopeless;
        }
        int stride = n / 50_000;
        java.util.Map<Long, int[]> sizes = new java.util.HashMap<>();
        int s = (n + stride - 1) / stride;
        long idxMask = (1L << IDX_BITS) - 1;
        for (int e = 0; e < total; e++) {
            if ((packed[e] & idxMask) % stride == 0) {
                sizes.computeIfAbsent(packed[e] >>> IDX_BITS, x -> new int[1])[0]++;
            }
        }
        double[] cost = new double[AtomBlocker.TYPES];
        double scale = (double) n / s;
        for (java.util.Map.Entry<Long, int[]> e : sizes.entrySet()) {
            double c = e.getValue()[0];
            if (c * scale <= maxBlockSize) {
                cost[AtomBlocker.typeOf(e.getKey())] += c * (c - 1) / 2 * scale * scale;
            }
        }
        for (int t = 0; t < hopeless.length; t++) {
            hopeless[t] = !SortedNeighbourhood.isSortedType(t) && cost[t] > 4.0 * typeBudget;
        }
        return hopeless;
    }

    /** Keys whose blocks were too large to use, sorted. */
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
        return blockStart.length - 1;
    }

    /**
     * Visits the distinct candidates {@code j} of record {@code i} with {@code j < limit(i)}: in
     * de-duplication {@code limit = i}; in linking pass the first index of the other source.
     *
     * @param mark scratch array of the record count, owned by the calling thread, initially zero
     */
    public void candidates(int i, int limit, int[] mark, java.util.function.IntConsumer visit) {
        int stamp = i + 1;
        for (int b = recStart[i]; b < recStart[i + 1]; b++) {
            int block = recBlocks[b];
            for (int m = blockStart[block]; m < blockStart[block + 1]; m++) {
                int j = members[m];
                if (j >= limit) {
                    break;
                }
                if (mark[j] != stamp) {
                    mark[j] = stamp;
                    visit.accept(j);
                }
            }
        }
    }

    /** Whether records {@code a} and {@code b} share a usable block. */
    public boolean shareBlock(int a, int b) {
        int x = recStart[a];
        int y = recStart[b];
        while (x < recStart[a + 1] && y < recStart[b + 1]) {
            int ba = recBlocks[x];
            int bb = recBlocks[y];
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
