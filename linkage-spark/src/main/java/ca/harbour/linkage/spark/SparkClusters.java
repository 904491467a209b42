package ca.harbour.linkage.spark;

import ca.harbour.linkage.cluster.Clusterer;
import ca.harbour.linkage.cluster.Edges;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Clusters as the engine does, at scale: connected components of the kept pairs by iterative min-label
 * propagation (each record takes the smallest label among itself and its neighbours until none changes;
 * GraphFrames does not resolve from Maven Central for Spark 4), then the engine's {@link Clusterer}, with its
 * guard against chaining, on each component by itself. The clusterer never joins records of different
 * components, so this gives the engine's clusters.
 */
final class SparkClusters {

    private SparkClusters() {}

    /** The representative (smallest record index of its cluster) of every record in a kept pair. */
    static JavaPairRDD<Long, Long> representatives(
            JavaRDD<Scored> pairs, double thresholdWeight, int maxClusterSize, int partitions) {
        JavaPairRDD<Long, Long> links = pairs.flatMapToPair(p ->
                        List.of(new Tuple2<>(p.a, p.b), new Tuple2<>(p.b, p.a)).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Long> label = links.mapToPair(l -> new Tuple2<>(l._1, Math.min(l._1, l._2)))
                .reduceByKey(Math::min, partitions)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        for (long changed = 1; changed > 0; ) {
            JavaPairRDD<Long, Long> next = links.join(label, partitions)
                    .mapToPair(x -> new Tuple2<>(x._2._1, x._2._2))
                    .union(label)
                    .reduceByKey(Math::min, partitions)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            changed = next.join(label, partitions)
                    .filter(x -> !x._2._1.equals(x._2._2))
                    .count();
            label.unpersist();
            label = next;
        }
        JavaPairRDD<Long, Long> reps = pairs.mapToPair(p -> new Tuple2<>(p.a, p))
                .join(label, partitions)
                .mapToPair(x -> new Tuple2<>(x._2._2, x._2._1))
                .groupByKey(partitions)
                .flatMapToPair(c -> cluster(c._2, thresholdWeight, maxClusterSize));
        reps.persist(StorageLevel.MEMORY_AND_DISK_SER()).count();
        links.unpersist();
        label.unpersist();
        return reps;
    }

    /** The engine's clusters of one component: (record, representative) for each of its records. */
    private static Iterator<Tuple2<Long, Long>> cluster(
            Iterable<Scored> component, double thresholdWeight, int maxClusterSize) {
        List<Scored> pairs = new ArrayList<>();
        component.forEach(pairs::add);
        long[] members = new long[pairs.size() * 2];
        int m = 0;
        for (Scored p : pairs) {
            members[m++] = p.a;
            members[m++] = p.b;
        }
        members = Arrays.stream(members).sorted().distinct().toArray();
        // local indexes in the order of the global ones, so the smallest local is the smallest global
        Edges edges = new Edges(pairs.size());
        for (Scored p : pairs) {
            edges.add(Arrays.binarySearch(members, p.a), Arrays.binarySearch(members, p.b), p.weight);
        }
        int[] rep = new Clusterer(thresholdWeight, maxClusterSize).cluster(members.length, edges);
        List<Tuple2<Long, Long>> out = new ArrayList<>(members.length);
        for (int i = 0; i < members.length; i++) {
            out.add(new Tuple2<>(members[i], members[rep[i]]));
        }
        return out.iterator();
    }
}
