package ca.harbour.linkage.spark;

import ca.harbour.linkage.block.AtomBlocker;
import ca.harbour.linkage.block.BlockIndex;
import ca.harbour.linkage.block.BlockLimits;
import ca.harbour.linkage.block.SortedNeighbourhood;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Blocking as Spark joins on the engine's keys, with the engine's limits: the records' keys (the engine's
 * blockers, made while preparing) and their sorted-neighbourhood keys are counted by key with a shuffle;
 * the block sizes by key type decide, through {@link BlockLimits} as in the engine's index, which blocks
 * are kept; the key entries joined with the kept keys give the blocks, and each block its pairs.
 */
final class SparkBlocking {

    /** The candidate pairs (lower index, higher index), distinct, and counts for the summary. */
    record Candidates(JavaPairRDD<Long, Long> pairs, long keptBlocks, long stopKeys, int droppedTypes) {}

    private SparkBlocking() {}

    /**
     * @param firstSize in a link, the number of records of the first input (pairs only across the inputs);
     *     -1 in de-duplication
     */
    static Candidates candidates(
            JavaSparkContext sc, JavaRDD<Prepared> prepared, long n, long firstSize, int maxBlockSize, int partitions) {
        if (n >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + (Integer.MAX_VALUE - 1) + " records per run");
        }
        Broadcast<long[]> boundaries = sc.broadcast(SortedNeighbourhood.boundaries(sortKeys(prepared)));
        JavaPairRDD<Long, Long> entries = prepared.flatMapToPair(p -> entriesOf(p, boundaries.value()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long budget = BlockIndex.defaultTypeBudget((int) n);
        boolean[] hopeless = hopeless(entries, (int) n, maxBlockSize, budget);
        JavaPairRDD<Long, Integer> sizes = entries.filter(e -> !hopeless[AtomBlocker.typeOf(e._1)])
                .mapToPair(e -> new Tuple2<>(e._1, 1))
                .reduceByKey(Integer::sum, partitions)
                .filter(s -> s._2 > 1)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        BlockLimits.Kept kept = limits(sizes, hopeless, maxBlockSize, budget);
        int[] largest = kept.largest();
        boolean[] dropped = kept.dropped();
        JavaPairRDD<Long, Integer> keptKeys =
                sizes.filter(s -> !dropped[AtomBlocker.typeOf(s._1)] && s._2 <= largest[AtomBlocker.typeOf(s._1)]);
        long keptBlocks = keptKeys.count();
        long stopKeys = sizes.filter(s -> !dropped[AtomBlocker.typeOf(s._1)]).count() - keptBlocks;
        int droppedTypes = 0;
        for (int t = 0; t < dropped.length; t++) {
            droppedTypes += dropped[t] ? 1 : 0;
        }
        JavaPairRDD<Long, Long> pairs = entries.join(keptKeys, partitions)
                .mapToPair(e -> new Tuple2<>(e._1, e._2._1))
                .groupByKey(partitions)
                .flatMap(block -> pairsOf(block._2, firstSize))
                .distinct(partitions)
                .mapToPair(p -> new Tuple2<>(p >>> 32, p & 0xFFFF_FFFFL));
        pairs.persist(StorageLevel.MEMORY_AND_DISK_SER()).count();
        entries.unpersist();
        sizes.unpersist();
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

    /** A record's key entries (key, record index): its own keys and its two sorted-neighbourhood keys. */
    private static Iterator<Tuple2<Long, Long>> entriesOf(Prepared p, long[] boundaries) {
        List<Tuple2<Long, Long>> out = new ArrayList<>(p.keys.length + 2);
        for (long k : p.keys) {
            out.add(new Tuple2<>(k, p.index));
        }
        if (p.sortKey >= 0) {
            long[] two = new long[2];
            SortedNeighbourhood.blockKeys(p.sortKey, boundaries, two);
            out.add(new Tuple2<>(two[0], p.index));
            out.add(new Tuple2<>(two[1], p.index));
        }
        return out.iterator();
    }

    /** The key types left out beforehand, from the keys of the engine's sample of records. */
    private static boolean[] hopeless(JavaPairRDD<Long, Long> entries, int n, int maxBlockSize, long budget) {
        int stride = BlockLimits.hopelessStride(n, budget);
        if (stride == 0) {
            return new boolean[AtomBlocker.TYPES];
        }
        List<Long> sampled =
                entries.filter(e -> e._2 % stride == 0).map(e -> e._1).collect();
        long[] keys = new long[sampled.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = sampled.get(i);
        }
        Arrays.sort(keys);
        return BlockLimits.hopeless(keys, keys.length, n, maxBlockSize, budget);
    }

    /** Each key type's blocks counted by size, and what the engine's limits keep of them. */
    private static BlockLimits.Kept limits(
            JavaPairRDD<Long, Integer> sizes, boolean[] hopeless, int maxBlockSize, long budget) {
        Map<Long, Long> histogram = sizes.filter(s -> s._2 <= maxBlockSize)
                .mapToPair(s -> new Tuple2<>((long) AtomBlocker.typeOf(s._1) << 32 | s._2, 1L))
                .reduceByKey(Long::sum)
                .collectAsMap();
        int counted = BlockLimits.countedSize(maxBlockSize, budget);
        long[] typeCost = new long[AtomBlocker.TYPES];
        long[][] bySize = new long[AtomBlocker.TYPES][];
        for (Map.Entry<Long, Long> e : histogram.entrySet()) {
            int t = (int) (e.getKey() >>> 32);
            long size = e.getKey() & 0xFFFF_FFFFL;
            typeCost[t] += e.getValue() * (size * (size - 1) / 2);
            if (size <= counted) {
                if (bySize[t] == null) {
                    bySize[t] = new long[counted + 1];
                }
                bySize[t][(int) size] += e.getValue();
            }
        }
        return BlockLimits.kept(typeCost, bySize, hopeless, maxBlockSize, budget);
    }

    /**
     * The pairs of one block, each as its lower index in the high half of a long and its higher in the low; in a
     * link ({@code firstSize >= 0}) only those of a first input's record and a second's.
     */
    private static Iterator<Long> pairsOf(Iterable<Long> members, long firstSize) {
        long[] m = new long[16];
        int size = 0;
        for (Long x : members) {
            if (size == m.length) {
                m = Arrays.copyOf(m, size * 2);
            }
            m[size++] = x;
        }
        Arrays.sort(m, 0, size);
        List<Long> out = new ArrayList<>(size * (size - 1) / 2);
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                if (m[i] != m[j] && (firstSize < 0 || (m[i] < firstSize && m[j] >= firstSize))) {
                    out.add(m[i] << 32 | m[j]);
                }
            }
        }
        return out.iterator();
    }
}
