package ca.harbour.linkage.spark;

import ca.harbour.linkage.block.AtomBlocker;
import ca.harbour.linkage.block.BlockIndex;
import ca.harbour.linkage.block.BlockLimits;
import ca.harbour.linkage.block.SortedNeighbourhood;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Blocking as Spark operations on the engine's keys, with the engine's limits. Every key entry (key, record
 * index: the engine's blockers' keys, made while preparing, and the two sorted-neighbourhood keys) is a row
 * of two primitive columns, shuffled once by key and sorted within its partition, so that each block is a run
 * of rows. The block sizes by key type decide, through {@link BlockLimits} as in the engine's index, which
 * blocks are kept; a kept block's run gives its pairs, encoded in one long each and made distinct.
 */
final class SparkBlocking {

    /** The candidate pairs (columns {@code a} lower index, {@code b} higher), distinct, and counts for the summary. */
    record Candidates(Dataset<Row> pairs, long keptBlocks, long stopKeys, int droppedTypes) {}

    private SparkBlocking() {}

    /**
     * @param firstSize in a link, the number of records of the first input (pairs only across the inputs);
     *     -1 in de-duplication
     */
    static Candidates candidates(
            SparkSession spark, JavaRDD<Prepared> prepared, long n, long firstSize, int maxBlockSize, int partitions) {
        if (n >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + (Integer.MAX_VALUE - 1) + " records per run");
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<long[]> boundaries = sc.broadcast(SortedNeighbourhood.boundaries(sortKeys(prepared)));
        long budget = BlockIndex.defaultTypeBudget((int) n);
        boolean[] hopeless = hopeless(prepared, boundaries, (int) n, maxBlockSize, budget);
        // one shuffle of (key, index) rows; a block is then a run of equal keys in its partition
        Dataset<Row> entries = spark.createDataset(
                        prepared.flatMap(p -> entriesOf(p, boundaries.value(), hopeless))
                                .rdd(),
                        Encoders.tuple(Encoders.LONG(), Encoders.LONG()))
                .toDF("key", "idx")
                .repartition(partitions, functions.col("key"))
                .sortWithinPartitions("key", "idx")
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // blocks of two or more records, counted by key type and size
        List<long[]> histogram = entries.mapPartitions(
                        (MapPartitionsFunction<Row, long[]>) SparkBlocking::histogramOf,
                        Encoders.javaSerialization(long[].class))
                .collectAsList();
        long[][] counts = merge(histogram);
        BlockLimits.Kept kept = limits(counts, hopeless, maxBlockSize, budget);
        int[] largest = kept.largest();
        boolean[] dropped = kept.dropped();
        long keptBlocks = 0;
        long stopKeys = 0;
        for (int t = 0; t < AtomBlocker.TYPES; t++) {
            if (dropped[t] || counts[t] == null) {
                continue;
            }
            for (int size = 2; size < counts[t].length; size++) {
                if (size <= largest[t]) {
                    keptBlocks += counts[t][size];
                } else {
                    stopKeys += counts[t][size];
                }
            }
        }
        int droppedTypes = 0;
        for (int t = 0; t < dropped.length; t++) {
            droppedTypes += dropped[t] ? 1 : 0;
        }
        Dataset<Row> pairs = entries.mapPartitions(
                        (MapPartitionsFunction<Row, Long>) rows -> new BlockPairs(rows, largest, dropped, firstSize),
                        Encoders.LONG())
                .distinct()
                .select(
                        functions.shiftrightunsigned(functions.col("value"), 32).as("a"),
                        functions.col("value").bitwiseAND(0xFFFF_FFFFL).as("b"))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        pairs.count();
        entries.unpersist();
        boundaries.destroy();
        return new Candidates(pairs, keptBlocks, stopKeys, droppedTypes);
    }

    /** Every record's sorting key that takes part (not -1), gathered per partition. */
    private static long[] sortKeys(JavaRDD<Prepared> prepared) {
        List<long[]> parts = prepared.mapPartitions(SparkBlocking::sortKeysOf).collect();
        long total = 0;
        for (long[] p : parts) {
            total += p.length;
        }
        long[] all = new long[Math.toIntExact(total)];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static Iterator<long[]> sortKeysOf(Iterator<Prepared> records) {
        long[] keys = new long[1024];
        int size = 0;
        while (records.hasNext()) {
            long k = records.next().sortKey;
            if (k >= 0) {
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, size * 2);
                }
                keys[size++] = k;
            }
        }
        return List.of(Arrays.copyOf(keys, size)).iterator();
    }

    /** A record's keys: its own (those of a hopeless type left out) and its two sorted-neighbourhood keys. */
    private static long[] keysOf(Prepared p, long[] boundaries, boolean[] hopeless) {
        long[] out = new long[p.keys.length + 2];
        int size = 0;
        for (long k : p.keys) {
            if (!hopeless[AtomBlocker.typeOf(k)]) {
                out[size++] = k;
            }
        }
        if (p.sortKey >= 0) {
            long[] two = new long[2];
            SortedNeighbourhood.blockKeys(p.sortKey, boundaries, two);
            out[size++] = two[0];
            out[size++] = two[1];
        }
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    private static Iterator<Tuple2<Long, Long>> entriesOf(Prepared p, long[] boundaries, boolean[] hopeless) {
        long[] keys = keysOf(p, boundaries, hopeless);
        List<Tuple2<Long, Long>> out = new ArrayList<>(keys.length);
        for (long k : keys) {
            out.add(new Tuple2<>(k, p.index));
        }
        return out.iterator();
    }

    /** The key types left out beforehand, from the keys of the engine's sample of records (every k-th index). */
    private static boolean[] hopeless(
            JavaRDD<Prepared> prepared, Broadcast<long[]> boundaries, int n, int maxBlockSize, long budget) {
        int stride = BlockLimits.hopelessStride(n, budget);
        if (stride == 0) {
            return new boolean[AtomBlocker.TYPES];
        }
        boolean[] none = new boolean[AtomBlocker.TYPES];
        List<long[]> sampled = prepared.filter(p -> p.index % stride == 0)
                .map(p -> keysOf(p, boundaries.value(), none))
                .collect();
        long[] keys = sampled.stream().flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(keys);
        return BlockLimits.hopeless(keys, keys.length, n, maxBlockSize, budget);
    }

    /**
     * One partition's blocks of two or more records counted by key type and size, as one array of
     * (type, size, blocks) triples: sizes above {@code Integer.MAX_VALUE} do not occur (a run is one key's
     * records).
     */
    private static Iterator<long[]> histogramOf(Iterator<Row> rows) {
        // type -> size -> blocks, grown as larger blocks appear
        long[][] counts = new long[AtomBlocker.TYPES][];
        long key = 0;
        int run = 0;
        while (rows.hasNext()) {
            long k = rows.next().getLong(0);
            if (run > 0 && k != key) {
                count(counts, key, run);
                run = 0;
            }
            key = k;
            run++;
        }
        if (run > 0) {
            count(counts, key, run);
        }
        long[] out = new long[0];
        int size = 0;
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] == null) {
                continue;
            }
            for (int s = 2; s < counts[t].length; s++) {
                if (counts[t][s] > 0) {
                    if (size + 3 > out.length) {
                        out = Arrays.copyOf(out, Math.max(48, out.length * 2));
                    }
                    out[size++] = t;
                    out[size++] = s;
                    out[size++] = counts[t][s];
                }
            }
        }
        return List.of(Arrays.copyOf(out, size)).iterator();
    }

    private static void count(long[][] counts, long key, int run) {
        if (run < 2) {
            return;
        }
        int t = AtomBlocker.typeOf(key);
        if (counts[t] == null || counts[t].length <= run) {
            counts[t] = Arrays.copyOf(counts[t] == null ? new long[0] : counts[t], Math.max(run + 1, 64));
        }
        counts[t][run]++;
    }

    /** The partitions' histograms as one: blocks by type and size ({@code null} for a type without blocks). */
    private static long[][] merge(List<long[]> histograms) {
        long[][] counts = new long[AtomBlocker.TYPES][];
        for (long[] h : histograms) {
            for (int i = 0; i < h.length; i += 3) {
                int t = (int) h[i];
                int s = (int) h[i + 1];
                if (counts[t] == null || counts[t].length <= s) {
                    counts[t] = Arrays.copyOf(counts[t] == null ? new long[0] : counts[t], Math.max(s + 1, 64));
                }
                counts[t][s] += h[i + 2];
            }
        }
        return counts;
    }

    /** What the engine's limits keep, from the blocks counted by type and size. */
    private static BlockLimits.Kept limits(long[][] counts, boolean[] hopeless, int maxBlockSize, long budget) {
        int counted = BlockLimits.countedSize(maxBlockSize, budget);
        long[] typeCost = new long[AtomBlocker.TYPES];
        long[][] bySize = new long[AtomBlocker.TYPES][];
        for (int t = 0; t < AtomBlocker.TYPES; t++) {
            if (counts[t] == null) {
                continue;
            }
            for (int size = 2; size < counts[t].length && size <= maxBlockSize; size++) {
                long blocks = counts[t][size];
                if (blocks == 0) {
                    continue;
                }
                typeCost[t] += blocks * ((long) size * (size - 1) / 2);
                if (size <= counted) {
                    if (bySize[t] == null) {
                        bySize[t] = new long[counted + 1];
                    }
                    bySize[t][size] += blocks;
                }
            }
        }
        return BlockLimits.kept(typeCost, bySize, hopeless, maxBlockSize, budget);
    }

    /**
     * The pairs of a partition's kept blocks, one at a time, each as its lower index in the high half of a
     * long and its higher in the low; in a link ({@code firstSize >= 0}) only those of a first input's record
     * and a second's. The rows come sorted by key, then index, so a block is a run of rows.
     */
    private static final class BlockPairs implements Iterator<Long> {
        private final Iterator<Row> rows;
        private final int[] largest;
        private final boolean[] dropped;
        private final long firstSize;
        private long[] members = new long[64];
        private int size;
        private int i;
        private int j;
        private Row pending;
        private long next;
        private boolean ready;

        BlockPairs(Iterator<Row> rows, int[] largest, boolean[] dropped, long firstSize) {
            this.rows = rows;
            this.largest = largest;
            this.dropped = dropped;
            this.firstSize = firstSize;
        }

        @Override
        public boolean hasNext() {
            while (!ready) {
                if (!advance()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Long next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }

        /** Finds the next pair of the current block, or reads the next kept block; false when none is left. */
        private boolean advance() {
            while (i < size) {
                if (j < size) {
                    long x = members[i];
                    long y = members[j++];
                    if (x != y && (firstSize < 0 || (x < firstSize && y >= firstSize))) {
                        next = x << 32 | y;
                        ready = true;
                        return true;
                    }
                } else {
                    i++;
                    j = i + 1;
                }
            }
            return readBlock();
        }

        /** Reads the next block that the limits keep into {@code members}; false at the partition's end. */
        private boolean readBlock() {
            while (pending != null || rows.hasNext()) {
                Row first = pending != null ? pending : rows.next();
                pending = null;
                long key = first.getLong(0);
                int t = AtomBlocker.typeOf(key);
                int limit = dropped[t] ? 0 : largest[t];
                int count = 0;
                size = 0;
                Row r = first;
                while (true) {
                    if (count < limit) {
                        if (size == members.length) {
                            members = Arrays.copyOf(members, size * 2);
                        }
                        members[size++] = r.getLong(1);
                    }
                    count++;
                    if (!rows.hasNext()) {
                        break;
                    }
                    r = rows.next();
                    if (r.getLong(0) != key) {
                        pending = r;
                        break;
                    }
                }
                if (count >= 2 && count <= limit) {
                    i = 0;
                    j = 1;
                    return true;
                }
                size = 0;
            }
            return false;
        }
    }
}
