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
     * prepared so that records need not keep their keys. Entries fill chunks (of 2^20 entries, 8 MB)
     * that are never copied to grow, so collecting costs their size and no more. Not thread-safe.
     */
    public static final class Entries {
        private final int chunk;
        private final List<long[]> full = new java.util.ArrayList<>();
        private long[] current = new long[16];
        private int used;

        /** Entries in chunks of 2^20. */
        public Entries() {
            this(1 << 20);
        }

        /** Entries in chunks of {@code chunk} (tests use small ones). */
        Entries(int chunk) {
            this.chunk = chunk;
        }

        /** Adds the keys of record {@code index} (less than 2^26). */
        public void add(int index, long[] keys) {
            for (long k : keys) {
                if (used == current.length) {
                    if (current.length < chunk) {
                        current = Arrays.copyOf(current, Math.min(chunk, current.length * 2));
                    } else {
                        full.add(current);
                        current = new long[chunk];
                        used = 0;
                    }
                }
                current[used++] = (k << IDX_BITS) | index;
            }
        }

        /** Number of entries. */
        public long size() {
            return (long) full.size() * chunk + used;
        }
    }

    /** Sorted chunks of entries, read in global order by a k-way merge (one chunk: read straight). */
    private static final class Chunks {
        final long[][] data;
        final int[] length;

        Chunks(long[][] data, int[] length) {
            this.data = data;
            this.length = length;
        }

        Merge merge() {
            return new Merge(this);
        }
    }

    /** Ascending cursor over all entries of sorted chunks. */
    private static final class Merge {
        private final long[][] data;
        private final int[] length;
        private final int[] pos;
        private final int[] heap;
        private int heapSize;

        Merge(Chunks c) {
            data = c.data;
            length = c.length;
            pos = new int[data.length];
            heap = new int[data.length];
            for (int k = 0; k < data.length; k++) {
                if (length[k] > 0) {
                    heap[heapSize++] = k;
                }
            }
            for (int i = heapSize / 2 - 1; i >= 0; i--) {
                down(i);
            }
        }

        boolean hasNext() {
            return heapSize > 0;
        }

        long peek() {
            int k = heap[0];
            return data[k][pos[k]];
        }

        long next() {
            int k = heap[0];
            long v = data[k][pos[k]++];
            if (pos[k] == length[k]) {
                heap[0] = heap[--heapSize];
            }
            if (heapSize > 1) {
                down(0);
            }
            return v;
        }

        private long head(int i) {
            int k = heap[i];
            return data[k][pos[k]];
        }

        private void down(int i) {
            while (true) {
                int l = 2 * i + 1;
                if (l >= heapSize) {
                    return;
                }
                int m = l + 1 < heapSize && head(l + 1) < head(l) ? l + 1 : l;
                if (head(m) >= head(i)) {
                    return;
                }
                int t = heap[i];
                heap[i] = heap[m];
                heap[m] = t;
                i = m;
            }
        }
    }

    /**
     * Builds the index of {@code n} records from their key entries, which it consumes (the entries are empty
     * afterwards). Each chunk is filtered and sorted on its own and the chunks are merged as they are read,
     * so no array of all entries is ever made: the build needs the entries' own size plus the index's.
     */
    public static BlockIndex build(Entries entries, int n, int maxBlockSize, long typeBudget) {
        if (n >= (1 << IDX_BITS)) {
            throw new IllegalArgumentException("at most " + ((1 << IDX_BITS) - 1) + " records per run");
        }
        List<long[]> list = new java.util.ArrayList<>(entries.full);
        list.add(entries.current);
        int[] length = new int[list.size()];
        java.util.Arrays.fill(length, entries.chunk);
        length[length.length - 1] = entries.used;
        entries.full.clear();
        entries.current = new long[0];
        entries.used = 0;
        Chunks chunks = new Chunks(list.toArray(new long[0][]), length);
        boolean[] hopeless = hopelessTypes(chunks, n, maxBlockSize, typeBudget);
        for (int c = 0; c < chunks.data.length; c++) {
            long[] d = chunks.data[c];
            int kept = 0;
            for (int i = 0; i < length[c]; i++) {
                if (!hopeless[AtomBlocker.typeOf(d[i] >>> IDX_BITS)]) {
                    d[kept++] = d[i];
                }
            }
            length[c] = kept;
            Arrays.parallelSort(d, 0, kept);
        }
        long[] typeCost = new long[AtomBlocker.TYPES];
        for (Merge m = chunks.merge(); m.hasNext(); ) {
            long key = m.peek() >>> IDX_BITS;
            long size = 0;
            while (m.hasNext() && (m.peek() >>> IDX_BITS) == key) {
                m.next();
                size++;
            }
            if (size <= maxBlockSize) {
                typeCost[AtomBlocker.typeOf(key)] += size * (size - 1) / 2;
            }
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
        for (Merge m = chunks.merge(); m.hasNext(); ) {
            long key = m.peek() >>> IDX_BITS;
            int size = 0;
            while (m.hasNext() && (m.peek() >>> IDX_BITS) == key) {
                m.next();
                size++;
            }
            if (size > maxBlockSize || dropped[AtomBlocker.typeOf(key)]) {
                ns++;
            } else if (size > 1) {
                nb++;
                nm += size;
            }
        }
        int[] start = new int[nb + 1];
        int[] mem = new int[nm];
        long[] stopKeys = new long[ns];
        int[] recCount = new int[n + 1];
        int[] group = new int[16];
        nb = 0;
        nm = 0;
        ns = 0;
        for (Merge m = chunks.merge(); m.hasNext(); ) {
            long key = m.peek() >>> IDX_BITS;
            int size = 0;
            while (m.hasNext() && (m.peek() >>> IDX_BITS) == key) {
                if (size == group.length) {
                    group = Arrays.copyOf(group, size * 2);
                }
                group[size++] = (int) (m.next() & ((1L << IDX_BITS) - 1));
            }
            if (size > maxBlockSize || dropped[AtomBlocker.typeOf(key)]) {
                stopKeys[ns++] = key;
            } else if (size > 1) {
                start[nb++] = nm;
                for (int e = 0; e < size; e++) {
                    mem[nm++] = group[e];
                    recCount[group[e] + 1]++;
                }
            }
        }
        start[nb] = nm;
        chunks = null;
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
     * scaling the sample's cost by the square of the sampling ratio); they are left out before the
     * entries are sorted. Only used on inputs of more than 100,000 records. The sample is every
     * {@code n / 50,000}-th record.
     */
    private static boolean[] hopelessTypes(Chunks chunks, int n, int maxBlockSize, long typeBudget) {
        boolean[] hopeless = new boolean[AtomBlocker.TYPES];
        if (n <= 100_000 || typeBudget == Long.MAX_VALUE) {
            return hopeless;
        }
        int stride = n / 50_000;
        java.util.Map<Long, int[]> sizes = new java.util.HashMap<>();
        int s = (n + stride - 1) / stride;
        long idxMask = (1L << IDX_BITS) - 1;
        for (int c = 0; c < chunks.data.length; c++) {
            long[] d = chunks.data[c];
            for (int e = 0; e < chunks.length[c]; e++) {
                if ((d[e] & idxMask) % stride == 0) {
                    sizes.computeIfAbsent(d[e] >>> IDX_BITS, x -> new int[1])[0]++;
                }
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
