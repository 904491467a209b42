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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Clusters as the engine does, at scale: connected components of the kept pairs by iterative min-label
 * propagation with shortcuts on two primitive columns ({@link #components}; GraphFrames does not resolve from
 * Maven Central for Spark 4), then the engine's
 * {@link Clusterer}, with its guard against chaining, on each component by itself. The clusterer never joins
 * records of different components, so this gives the engine's clusters.
 */
final class SparkClusters {

    private static final Logger log = LoggerFactory.getLogger(SparkClusters.class);

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
        Dataset<Row> label = components(links).labels();
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

    /** The component label (its smallest record index) of every record of the links, and the rounds it took. */
    record Components(Dataset<Row> labels, int rounds) {}

    /**
     * Connected components of links given both ways (columns {@code src}, {@code dst}): columns {@code id},
     * {@code label}. Each round every record takes the smallest label among itself and its neighbours, the record
     * its label names takes the smallest label of its neighbours too (a hook), and then every record takes the label
     * of its label (a shortcut; a label is a record of the same component whose own label is no larger), as in
     * Shiloach and Vishkin's algorithm. Propagation alone needs as many rounds as the widest component has steps
     * from end to end (at 10M synthetic people it had not ended after 55 rounds, against 6 at 1M).
     */
    static Components components(Dataset<Row> links) {
        Dataset<Row> label = links.groupBy(functions.col("src").as("id"))
                .agg(functions
                        .min(functions.least(functions.col("src"), functions.col("dst")))
                        .as("label"))
                .localCheckpoint();
        int rounds = 0;
        for (long changed = 1; changed > 0; rounds++) {
            Dataset<Row> from = label.select(
                    functions.col("id").as("src"), functions.col("label").as("ls"));
            Dataset<Row> to = label.select(
                    functions.col("id").as("dst"), functions.col("label").as("ld"));
            Dataset<Row> ends = links.join(from, "src").join(to, "dst");
            Dataset<Row> spread = ends.select(
                            functions.col("dst").as("id"), functions.col("ls").as("label"))
                    // the hook: the record a neighbour's label names takes the smaller label too, so that a whole
                    // region follows at the next shortcut instead of one step a round
                    .union(ends.select(
                            functions.col("ld").as("id"), functions.col("ls").as("label")))
                    .withColumn("self", functions.lit(false))
                    .union(label.select(
                            functions.col("id"),
                            functions.col("label"),
                            functions.lit(true).as("self")))
                    .groupBy("id")
                    .agg(
                            functions.min("label").as("label"),
                            functions
                                    .max(functions.when(functions.col("self"), functions.col("label")))
                                    .as("before"));
            Dataset<Row> parent = spread.select(
                    functions.col("id").as("parent"), functions.col("label").as("parent_label"));
            // the names differ on the two sides, so the self-join reads each column by name
            Dataset<Row> next = spread.join(
                            parent, functions.col("label").equalTo(functions.col("parent")), "left_outer")
                    .select(
                            functions.col("id"),
                            functions
                                    .least(
                                            functions.col("label"),
                                            functions.coalesce(functions.col("parent_label"), functions.col("label")))
                                    .as("label"),
                            functions.col("before"))
                    .localCheckpoint();
            changed = next.filter(functions.col("label").notEqual(functions.col("before")))
                    .count();
            label = next.select("id", "label");
        }
        log.info("connected components: {} rounds", rounds);
        return new Components(label, rounds);
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
