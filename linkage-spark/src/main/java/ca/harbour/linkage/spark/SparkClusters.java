package ca.harbour.linkage.spark;

import ca.harbour.linkage.cluster.Clusterer;
import ca.harbour.linkage.cluster.Edges;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Clusters as the engine does, at scale: connected components of the kept pairs by iterative min-label
 * propagation on two primitive columns (each record takes the smallest label among itself and its neighbours
 * until none changes; GraphFrames does not resolve from Maven Central for Spark 4), then the engine's
 * {@link Clusterer}, with its guard against chaining, on each component by itself. The clusterer never joins
 * records of different components, so this gives the engine's clusters.
 */
final class SparkClusters {

    private SparkClusters() {}

    /**
     * The representative (smallest record index of its cluster) of every record in a kept pair: columns
     * {@code idx}, {@code rep}.
     *
     * @param pairs columns {@code a}, {@code b}, {@code weight} at least
     */
    static Dataset<Row> representatives(Dataset<Row> pairs, double thresholdWeight, int maxClusterSize) {
        Dataset<Row> links = pairs.select(
                        functions.col("a").as("src"), functions.col("b").as("dst"))
                .union(pairs.select(
                        functions.col("b").as("src"), functions.col("a").as("dst")))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> label = links.groupBy(functions.col("src").as("id"))
                .agg(functions
                        .min(functions.least(functions.col("src"), functions.col("dst")))
                        .as("label"))
                .localCheckpoint();
        for (long changed = 1; changed > 0; ) {
            // each record's smallest label among itself and its neighbours, beside its own: one shuffle a round
            Dataset<Row> next = links.join(label, links.col("src").equalTo(label.col("id")))
                    .select(
                            links.col("dst").as("id"),
                            label.col("label"),
                            functions.lit(false).as("self"))
                    .union(label.select(
                            functions.col("id"),
                            functions.col("label"),
                            functions.lit(true).as("self")))
                    .groupBy("id")
                    .agg(
                            functions.min("label").as("label"),
                            functions
                                    .max(functions.when(functions.col("self"), functions.col("label")))
                                    .as("before"))
                    .localCheckpoint();
            changed = next.filter(functions.col("label").notEqual(functions.col("before")))
                    .count();
            label = next.select("id", "label");
        }
        Dataset<Row> reps = pairs.join(label, pairs.col("a").equalTo(label.col("id")))
                .select(label.col("label"), pairs.col("a"), pairs.col("b"), pairs.col("weight"))
                .groupByKey((MapFunction<Row, Long>) r -> r.getLong(0), Encoders.LONG())
                .flatMapGroups(
                        (FlatMapGroupsFunction<Long, Row, Tuple2<Long, Long>>)
                                (component, rows) -> cluster(rows, thresholdWeight, maxClusterSize),
                        Encoders.tuple(Encoders.LONG(), Encoders.LONG()))
                .toDF("idx", "rep")
                .persist(StorageLevel.MEMORY_AND_DISK());
        reps.count();
        links.unpersist();
        return reps;
    }

    /** The engine's clusters of one component (rows of label, a, b, weight): (record, representative) each. */
    private static Iterator<Tuple2<Long, Long>> cluster(
            Iterator<Row> component, double thresholdWeight, int maxClusterSize) {
        List<Row> pairs = new ArrayList<>();
        component.forEachRemaining(pairs::add);
        long[] members = new long[pairs.size() * 2];
        int m = 0;
        for (Row p : pairs) {
            members[m++] = p.getLong(1);
            members[m++] = p.getLong(2);
        }
        members = Arrays.stream(members).sorted().distinct().toArray();
        // local indexes in the order of the global ones, so the smallest local is the smallest global
        Edges edges = new Edges(pairs.size());
        for (Row p : pairs) {
            edges.add(
                    Arrays.binarySearch(members, p.getLong(1)),
                    Arrays.binarySearch(members, p.getLong(2)),
                    p.getDouble(3));
        }
        int[] rep = new Clusterer(thresholdWeight, maxClusterSize).cluster(members.length, edges);
        List<Tuple2<Long, Long>> out = new ArrayList<>(members.length);
        for (int i = 0; i < members.length; i++) {
            out.add(new Tuple2<>(members[i], members[rep[i]]));
        }
        return out.iterator();
    }
}
