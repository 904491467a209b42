package ca.harbour.linkage.block;

import ca.harbour.linkage.model.PreparedRecord;

import java.util.Arrays;
import java.util.List;

/**
 * Batch blocking index in compressed form: blocks of record indexes (ascending) and, per record, the
 * blocks it belongs to. Blocks larger than {@code maxBlockSize} are dropped and their keys become stop
 * keys; so are the larger blocks of a key type over its comparison budget (see {@link #build(Entries, int,
 * int, long, long, java.nio.file.Path)}). Candidate pairs are generated per record without ever
 * materialising the set of all pairs.
 */
public final class BlockIndex {
    private static final int IDX_BITS = 26;
    private final IntArray blockStart;
    private final IntArray members;
    private final int[] recStart;
    private final IntArray recBlocks;
    private final long[] stopKeys;
    private final boolean[] droppedTypes;

    private BlockIndex(IntArray blockStart, IntArray members, int[] recStart, IntArray recBlocks, long[] stopKeys,
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
        Entries e = new Entries();
        for (PreparedRecord r : records) {
            e.add(r.index(), r.keys());
        }
        return build(e, records.size(), maxBlockSize, typeBudget);
    }

    /**
     * The blocking keys of a run as packed {@code key << 26 | record} entries, collected while records are
     * prepared so that records need not keep their keys. Entries fill chunks (of 2^20 entries, 8 MB)
     * that are never copied to grow. Past {@link #spillBeyond} entries, each full chunk is sorted and written
     * to a temporary file (unlinked at once, read back through a memory mapping), so the heap holds one
     * chunk. Not thread-safe.
     */
    public static final class Entries {
        private final int chunk;
        private final List<long[]> full = new java.util.ArrayList<>();
        private long[] current = new long[16];
        private int used;
        private long spillBeyond = Long.MAX_VALUE;
        private java.nio.file.Path spillDir;
        private java.nio.channels.FileChannel file;
        private java.nio.ByteBuffer buffer;
        private int spilled;

        /** Entries in chunks of 2^20. */
        public Entries() {
            this(1 << 20);
        }

        /** Entries in chunks of {@code chunk} (tests use small ones). */
        Entries(int chunk) {
            this.chunk = chunk;
        }

        /** Moves full chunks to a temporary file in {@code dir} once there are more than {@code entries}. */
        public Entries spillBeyond(long entries, java.nio.file.Path dir) {
            this.spillBeyond = entries;
            this.spillDir = dir;
            return this;
        }

        /** Adds the keys of record {@code index} (less than 2^26). */
        public void add(int index, long[] keys) {
            for (long k : keys) {
                if (used == current.length) {
                    if (current.length < chunk) {
                        current = Arrays.copyOf(current, Math.min(chunk, current.length * 2));
                    } else {
                        full.add(current);
                        if (size() > spillBeyond) {
                            spillFull();
                            current = full.isEmpty() ? new long[chunk] : full.remove(full.size() - 1);
                        } else {
                            current = new long[chunk];
                        }
                        used = 0;
                    }
                }
                current[used++] = (k << IDX_BITS) | index;
            }
        }

        /** Sorts the full chunks in memory and appends them to the file; keeps one array for reuse. */
        private void spillFull() {
            try {
                if (file == null) {
                    file = ca.harbour.linkage.io.ScratchFile.open(spillDir, this, "blocking keys");
                    // a chunk is written in pieces: a buffer the chunk's size was 8 MB of heap for the run
                    buffer = java.nio.ByteBuffer.allocate(Math.min(chunk, 1 << 14) * 8);
                }
                long[] keep = null;
                for (long[] d : full) {
                    Arrays.sort(d);
                    long at = (long) spilled * chunk * 8;
                    int piece = buffer.capacity() / 8;
                    for (int from = 0; from < d.length; from += piece) {
                        buffer.clear();
                        buffer.asLongBuffer().put(d, from, Math.min(piece, d.length - from));
                        buffer.limit(Math.min(piece, d.length - from) * 8);
                        while (buffer.hasRemaining()) {
                            at += file.write(buffer, at);
                        }
                    }
                    spilled++;
                    keep = d;
                }
                full.clear();
                if (keep != null) {
                    full.add(keep);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write the temporary blocking-key file in "
                        + spillDir, e);
            }
        }

        /** Number of entries. */
        public long size() {
            return ((long) spilled + full.size()) * chunk + used;
        }
    }

    /**
     * Sorted runs of entries, read in global order by a k-way merge that leaves out the entries of skipped
     * key types.
     */
    private static final class Chunks {
        final java.nio.LongBuffer[] data;
        final boolean[] skip;

        Chunks(java.nio.LongBuffer[] data, boolean[] skip) {
            this.data = data;
            this.skip = skip;
        }

        Merge merge() {
            return new Merge(this);
        }
    }

    /**
     * Ascending cursor over all entries of sorted runs: a binary heap of the runs, ordered by their current
     * entries, which are kept in an array so that sifting compares longs without reading the buffers.
     */
    private static final class Merge {
        private final java.nio.LongBuffer[] data;
        private final boolean[] skip;
        private final int[] pos;
        /** The current entry of each run with entries left. */
        private final long[] cur;
        private final int[] heap;
        private int heapSize;
        /** Key of the group {@link #group} read last. */
        long key;
        /** Size of the group {@link #group} read last. */
        int size;
        /** Record indexes of the group read last, when asked for (grown as needed). */
        int[] members = new int[16];

        Merge(Chunks c) {
            data = c.data;
            skip = c.skip;
            pos = new int[data.length];
            cur = new long[data.length];
            heap = new int[data.length];
            for (int k = 0; k < data.length; k++) {
                if (skipSkipped(k)) {
                    heap[heapSize++] = k;
                }
            }
            for (int i = heapSize / 2 - 1; i >= 0; i--) {
                down(i);
            }
        }

        /** Moves run {@code k} past skipped entries; whether it has an entry left (then in {@link #cur}). */
        private boolean skipSkipped(int k) {
            java.nio.LongBuffer d = data[k];
            int p = pos[k];
            while (p < d.limit()) {
                long e = d.get(p);
                if (!skip[AtomBlocker.typeOf(e >>> IDX_BITS)]) {
                    pos[k] = p;
                    cur[k] = e;
                    return true;
                }
                p++;
            }
            pos[k] = p;
            return false;
        }

        boolean hasNext() {
            return heapSize > 0;
        }

        /** Reads the next run of entries with one key: sets {@link #key}, {@link #size}, perhaps {@link #members}. */
        void group(boolean keepMembers) {
            key = peek() >>> IDX_BITS;
            size = 0;
            while (hasNext() && (peek() >>> IDX_BITS) == key) {
                long e = next();
                if (keepMembers) {
                    if (size == members.length) {
                        members = Arrays.copyOf(members, size * 2);
                    }
                    members[size] = (int) (e & ((1L << IDX_BITS) - 1));
                }
                size++;
            }
        }

        long peek() {
            return cur[heap[0]];
        }

        long next() {
            int k = heap[0];
            long v = cur[k];
            pos[k]++;
            if (!skipSkipped(k)) {
                heap[0] = heap[--heapSize];
            }
            if (heapSize > 1) {
                down(0);
            }
            return v;
        }

        private void down(int i) {
            int k = heap[i];
            long v = cur[k];
            while (true) {
                int l = 2 * i + 1;
                if (l >= heapSize) {
                    break;
                }
                int m = l + 1 < heapSize && cur[heap[l + 1]] < cur[heap[l]] ? l + 1 : l;
                if (cur[heap[m]] >= v) {
                    break;
                }
                heap[i] = heap[m];
                i = m;
            }
            heap[i] = k;
        }
    }

    /**
     * Builds the index of {@code n} records from their key entries, which it consumes (the entries are empty
     * afterwards). Each chunk is filtered and sorted on its own and the chunks are merged as they are read,
     * so no array of all entries is ever made: the build needs the entries' own size plus the index's.
     */
    public static BlockIndex build(Entries entries, int n, int maxBlockSize, long typeBudget) {
        return build(entries, n, maxBlockSize, typeBudget, Long.MAX_VALUE, null);
    }

    /**
     * As {@link #build(Entries, int, int, long)}, keeping the index's block arrays in a memory-mapped
     * scratch file in {@code dir} when they hold more than {@code heapInts} ints in all.
     */
    public static BlockIndex build(Entries entries, int n, int maxBlockSize, long typeBudget, long heapInts,
                                   java.nio.file.Path dir) {
        if (n >= (1 << IDX_BITS)) {
            throw new IllegalArgumentException("at most " + ((1 << IDX_BITS) - 1) + " records per run");
        }
        List<java.nio.LongBuffer> runs = new java.util.ArrayList<>();
        try {
            for (int c = 0; c < entries.spilled; c++) {
                runs.add(entries.file.map(java.nio.channels.FileChannel.MapMode.READ_ONLY,
                        (long) c * entries.chunk * 8, (long) entries.chunk * 8).asLongBuffer());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot map the temporary blocking-key file", e);
        }
        List<long[]> inMemory = new java.util.ArrayList<>(entries.full);
        inMemory.add(entries.current);
        int[] length = new int[inMemory.size()];
        java.util.Arrays.fill(length, entries.chunk);
        length[length.length - 1] = entries.used;
        entries.full.clear();
        entries.current = new long[0];
        entries.used = 0;
        entries.spilled = 0;
        for (int c = 0; c < inMemory.size(); c++) {
            runs.add(java.nio.LongBuffer.wrap(inMemory.get(c), 0, length[c]).slice());
        }
        boolean[] hopeless = hopelessTypes(runs, n, maxBlockSize, typeBudget);
        // Runs in memory are filtered and sorted here; spilled runs are sorted already and the merge skips
        // the entries of hopeless types.
        for (int c = 0; c < inMemory.size(); c++) {
            long[] d = inMemory.get(c);
            int kept = 0;
            for (int i = 0; i < length[c]; i++) {
                if (!hopeless[AtomBlocker.typeOf(d[i] >>> IDX_BITS)]) {
                    d[kept++] = d[i];
                }
            }
            Arrays.parallelSort(d, 0, kept);
            runs.set(runs.size() - inMemory.size() + c, java.nio.LongBuffer.wrap(d, 0, kept).slice());
        }
        Chunks chunks = new Chunks(runs.toArray(new java.nio.LongBuffer[0]), hopeless);
        // First pass: each type's cost, and its oversized groups, blocks and members, so that once it is known
        // which types are dropped each array below is made at its size without another pass.
        int types = AtomBlocker.TYPES;
        long[] typeCost = new long[types];
        int[] oversized = new int[types];
        int[] blocks = new int[types];
        long[] members = new long[types];
        // Each type's blocks by size, up to the largest size a type over budget could keep: one block larger
        // would cost more than the whole budget those types share (see below).
        int counted = (int) Math.min(maxBlockSize, 2 + (long) Math.sqrt(2.0 * typeBudget));
        long[][] bySize = new long[types][];
        for (Merge m = chunks.merge(); m.hasNext(); ) {
            m.group(false);
            int t = AtomBlocker.typeOf(m.key);
            if (m.size > maxBlockSize) {
                oversized[t]++;
            } else if (m.size > 1) {
                typeCost[t] += (long) m.size * (m.size - 1) / 2;
                blocks[t]++;
                members[t] += m.size;
                if (m.size <= counted) {
                    if (bySize[t] == null) {
                        bySize[t] = new long[counted + 1];
                    }
                    bySize[t][m.size]++;
                }
            }
        }
        // The types over their budget share one more budget, spent on their smallest blocks first: the
        // larger a block, the less its shared key says (a common word, a common name). Their larger blocks
        // are stop keys; a type left without a block is dropped.
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
        int blockCount = 0;
        long memberCount = 0;
        int stopCount = 0;
        for (int t = 0; t < types; t++) {
            largest[t] = over[t] ? purgedLargest : maxBlockSize;
            dropped[t] = t != SortedNeighbourhood.TYPE && (hopeless[t] || largest[t] < 2);
            // the keys of a dropped type are not listed: the type's flag says they are all stop keys
            if (dropped[t]) {
                continue;
            }
            stopCount += oversized[t];
            if (!over[t]) {
                blockCount += blocks[t];
                memberCount += members[t];
                continue;
            }
            int kept = 0;
            for (int size = 2; size <= largest[t] && bySize[t] != null; size++) {
                kept += (int) bySize[t][size];
                memberCount += bySize[t][size] * size;
            }
            blockCount += kept;
            stopCount += blocks[t] - kept;
        }
        if (System.getProperty("harbour.linkage.debug") != null) {
            System.err.println("key type costs " + Arrays.toString(typeCost) + " budget " + typeBudget);
        }
        if (memberCount > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the blocks hold " + memberCount + " members, more than an index"
                    + " can address; give a smaller max block size");
        }
        boolean inFile = blockCount + 1L + 2L * memberCount > heapInts;
        IntArray start = inFile ? IntArray.inFile(blockCount + 1, dir) : IntArray.onHeap(blockCount + 1);
        IntArray mem = inFile ? IntArray.inFile((int) memberCount, dir) : IntArray.onHeap((int) memberCount);
        long[] stopKeys = new long[stopCount];
        int[] recCount = new int[n + 1];
        int nb = 0;
        int nm = 0;
        int ns = 0;
        for (Merge m = chunks.merge(); m.hasNext(); ) {
            m.group(true);
            int t = AtomBlocker.typeOf(m.key);
            if (dropped[t]) {
                continue;
            }
            if (m.size > largest[t]) {
                stopKeys[ns++] = m.key;
            } else if (m.size > 1) {
                start.set(nb++, nm);
                for (int e = 0; e < m.size; e++) {
                    mem.set(nm++, m.members[e]);
                    recCount[m.members[e] + 1]++;
                }
            }
        }
        start.set(nb, nm);
        chunks = null;
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
        return new BlockIndex(start, mem, recCount, recBlocks, stopKeys, dropped);
    }

    /**
     * Key types that a sample already shows to be far over budget (estimated cost more than 4× the budget,
     * scaling the sample's cost by the square of the sampling ratio); they are left out before the
     * entries are sorted. Only used on inputs of more than 100,000 records. The sample is every
     * {@code n / 50,000}-th record. Word keys of free text are never left out: most of their blocks are
     * common words, and the few small ones, which a sample cannot see, are what they are for.
     */
    private static boolean[] hopelessTypes(List<java.nio.LongBuffer> runs, int n, int maxBlockSize, long typeBudget) {
        boolean[] hopeless = new boolean[AtomBlocker.TYPES];
        if (n <= 100_000 || typeBudget == Long.MAX_VALUE) {
            return hopeless;
        }
        int stride = n / 50_000;
        int s = (n + stride - 1) / stride;
        long idxMask = (1L << IDX_BITS) - 1;
        // The sampled records' keys in a primitive array, sorted so that equal keys are adjacent: a hash map of
        // boxed keys costs about a hundred bytes per key, and the sample has a few million keys.
        long[] keys = new long[1024];
        int size = 0;
        for (java.nio.LongBuffer d : runs) {
            for (int e = 0; e < d.limit(); e++) {
                long x = d.get(e);
                if ((x & idxMask) % stride == 0) {
                    if (size == keys.length) {
                        keys = Arrays.copyOf(keys, size * 2);
                    }
                    keys[size++] = x >>> IDX_BITS;
                }
            }
        }
        Arrays.sort(keys, 0, size);
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
    public void candidates(int i, int limit, Scratch scratch, java.util.function.IntConsumer visit) {
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
