package ca.harbour.linkage.spark;

import ca.harbour.linkage.block.SortedNeighbourhood;
import ca.harbour.linkage.engine.BatchLinker;
import ca.harbour.linkage.engine.RecordPreparer;
import ca.harbour.linkage.io.LinkageInputException;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.score.FellegiSunter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.Tuple4;

/**
 * De-duplication of one input, or linking of two, on Spark with the engine's description, normalisers, blocking keys, comparators,
 * scorer and clusterer: prepare each record in its partition; block by joins on the keys with the engine's
 * block-size limits ({@link SparkBlocking}); fit the model with the engine on an evenly spread sample of
 * records and on the candidate pairs of evenly spread query records, as the engine fits its own; score every
 * candidate pair in {@code mapPartitions} ({@link SparkScoring}); cluster by connected components and the
 * engine's clusterer ({@link SparkClusters}). On an input no larger than the sample this gives the engine's pairs
 * and clusters.
 */
public final class SparkLinkage {

    /** What a run found and did. */
    public record Summary(
            long records,
            long sampled,
            long keptBlocks,
            long stopKeys,
            int droppedTypes,
            long compared,
            long pairs,
            long clusters,
            double lambda,
            Map<String, Double> seconds) {}

    /** Pairs (id_l, id_r, probability, match_weight), clusters (source, id, entity_id), and the summary. */
    public record Result(Dataset<Row> pairs, Dataset<Row> clusters, Summary summary) {}

    private SparkLinkage() {}

    /**
     * De-duplicates {@code input}, whose columns the description names (read as text).
     *
     * @param sampleSize records at most (every k-th of the input) from which the model takes u, the values' frequencies
     *     and the word weights of free text
     * @param partitions partitions of every shuffle
     */
    public static Result dedupe(
            SparkSession spark, String descriptionJson, Dataset<Row> input, int sampleSize, int partitions) {
        return run(spark, descriptionJson, List.of(input), sampleSize, partitions);
    }

    /**
     * Links two inputs (pairs only across them), each with its column names from the description
     * ({@link DatasetDescription#forInput}); the first input's record is {@code id_l} in each pair.
     *
     * @param sampleSize records at most (every k-th of each input) from which the model takes u, the values'
     *     frequencies and the word weights of free text
     */
    public static Result link(
            SparkSession spark,
            String descriptionJson,
            Dataset<Row> first,
            Dataset<Row> second,
            int sampleSize,
            int partitions) {
        return run(spark, descriptionJson, List.of(first, second), sampleSize, partitions);
    }

    private static Result run(
            SparkSession spark, String descriptionJson, List<Dataset<Row>> inputs, int sampleSize, int partitions) {
        DatasetDescription d = Engine.description(descriptionJson);
        Laps laps = new Laps();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        boolean linking = inputs.size() == 2;
        // every record's position in the inputs, the second input's after the first's, as the engine numbers them
        JavaRDD<Tuple2<String[], Long>> rows = null;
        long[] offsets = new long[inputs.size() + 1];
        for (int k = 0; k < inputs.size(); k++) {
            long offset = offsets[k];
            JavaPairRDD<String[], Long> zipped = select(inputs.get(k), d.forInput(k))
                    .javaRDD()
                    .map(SparkLinkage::values)
                    .zipWithIndex();
            JavaRDD<Tuple2<String[], Long>> part = zipped.map(t -> new Tuple2<>(t._1, t._2 + offset));
            rows = rows == null ? part : rows.union(part);
            offsets[k + 1] = offset + zipped.count();
        }
        long n = offsets[inputs.size()];
        long firstSize = offsets[1];
        // a large CSV is read in few splits: spread the records before preparing them
        rows = rows.repartition(partitions).persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<List<String[]>> sample = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            long from = offsets[k];
            long to = offsets[k + 1];
            long stride = Math.max(1, (to - from + sampleSize - 1) / Math.max(1, sampleSize));
            List<Tuple2<String[], Long>> taken = rows.filter(
                            r -> r._2 >= from && r._2 < to && (r._2 - from) % stride == 0)
                    .collect();
            List<Tuple2<String[], Long>> ordered = new ArrayList<>(taken);
            ordered.sort((x, y) -> Long.compare(x._2, y._2));
            List<String[]> values = new ArrayList<>(ordered.size());
            ordered.forEach(t -> values.add(t._1));
            sample.add(values);
        }
        Broadcast<List<List<String[]>>> sampleB = sc.broadcast(sample);
        laps.lap("read and sample");

        JavaRDD<Prepared> prepared = rows.mapPartitions(part -> prepare(part, descriptionJson, firstSize))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        prepared.count();
        laps.lap("prepare");
        rows.unpersist();
        // every record once, for scoring (without its keys) and for the clusters' ids
        Dataset<Row> records = spark.createDataset(
                        prepared.map(p -> new Tuple4<>(p.index, p.source, p.id, p.withoutKeys()))
                                .rdd(),
                        Encoders.tuple(Encoders.LONG(), Encoders.INT(), Encoders.STRING(), SparkScoring.RECORD))
                .toDF("idx", "source", "id", "rec")
                // partitioned by index once: the joins with the pairs then shuffle only the pairs
                .repartition(partitions, functions.col("idx"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        records.count();
        laps.lap("records by index");
        SparkBlocking.Candidates c =
                SparkBlocking.candidates(spark, prepared, n, linking ? firstSize : -1, d.maxBlockSize(), partitions);
        laps.lap("block");
        prepared.unpersist();
        // the model is fitted on what blocking paired with evenly spread query records, as the engine fits it
        BatchLinker.TrainingQueries queries = new BatchLinker(d, 0).trainingQueries(n, linking ? firstSize : -1);
        Column b = functions.col("b");
        Dataset<Row> training = c.pairs()
                .filter(b.geq(queries.first())
                        .and(b.minus(queries.first()).mod(queries.stride()).equalTo(0)));
        Broadcast<Engine.Training> trainingB =
                sc.broadcast(SparkScoring.patterns(training, records, sampleB, descriptionJson, queries.pairs()));
        FellegiSunter fs =
                Engine.model(trainingB.id(), descriptionJson, () -> SparkScoring.records(sample), trainingB::value);
        laps.lap("fit");
        double threshold = FellegiSunter.weightOf(d.effectiveThreshold());
        Dataset<Row> scored = SparkScoring.score(c.pairs(), records, sampleB, trainingB, descriptionJson, threshold)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long compared = c.pairs().count();
        long kept = scored.count();
        laps.lap("score");
        c.pairs().unpersist();
        Dataset<Row> reps = SparkClusters.representatives(scored, threshold, d.maxClusterSize());
        long clusters = n - reps.count() + reps.select("rep").distinct().count();
        laps.lap("cluster");

        UserDefinedFunction probability =
                functions.udf((UDF1<Double, Double>) w -> FellegiSunter.probability(w), DataTypes.DoubleType);
        Dataset<Row> pairs = scored.select(
                functions.col("id_a").as("id_l"),
                functions.col("id_b").as("id_r"),
                probability.apply(functions.col("weight")).as("probability"),
                functions.col("weight").as("match_weight"));
        Dataset<Row> ids = records.select("idx", "source", "id");
        Dataset<Row> entities = ids.select(
                functions.col("idx").as("entity"), functions.col("id").as("entity_id"));
        Dataset<Row> clustersOut = ids.join(reps, ids.col("idx").equalTo(reps.col("idx")), "left_outer")
                .select(
                        ids.col("source"),
                        ids.col("id"),
                        functions.coalesce(reps.col("rep"), ids.col("idx")).as("entity"))
                .join(entities, "entity")
                .select("source", "id", "entity_id");
        long sampled = sample.stream().mapToLong(List::size).sum();
        Summary s = new Summary(
                n,
                sampled,
                c.keptBlocks(),
                c.stopKeys(),
                c.droppedTypes(),
                compared,
                kept,
                clusters,
                fs.lambda(),
                laps.seconds);
        return new Result(pairs, clustersOut, s);
    }

    /** Seconds each phase of a run took, in order (each phase ends with a Spark action). */
    private static final class Laps {
        final Map<String, Double> seconds = new LinkedHashMap<>();
        private long from = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            seconds.put(phase, (now - from) / 1e9);
            from = now;
        }
    }

    /** The id column and each field's column, as text (a field without a column in this input is null). */
    static Dataset<Row> select(Dataset<Row> input, DatasetDescription d) {
        List<String> present = Arrays.asList(input.columns());
        List<Column> cols = new ArrayList<>();
        cols.add(column(input, present, d.idColumn()));
        for (FieldSpec f : d.fields()) {
            cols.add(
                    f.column() == null
                            ? functions.lit(null).cast(DataTypes.StringType)
                            : column(input, present, f.column()));
        }
        return input.select(cols.toArray(new Column[0]));
    }

    /** A column of the input; one the input lacks is an error in the engine's words (English or French). */
    private static Column column(Dataset<Row> input, List<String> present, String name) {
        if (!present.contains(name)) {
            String[] files = input.inputFiles();
            throw LinkageInputException.at(files.length > 0 ? files[0] : "input", 1, name, "column.missing", present);
        }
        return input.col("`" + name + "`").cast(DataTypes.StringType);
    }

    /** A row's id and values, an empty value being missing, as the engine reads them. */
    private static String[] values(Row row) {
        String[] v = new String[row.size()];
        for (int i = 0; i < v.length; i++) {
            String s = row.isNullAt(i) ? null : row.getString(i);
            v[i] = s == null || s.isEmpty() ? null : s;
        }
        if (v[0] == null) {
            throw new IllegalArgumentException("a record has an empty id");
        }
        return v;
    }

    /** Prepares records with the engine; those at or past {@code firstSize} are the second input's. */
    private static Iterator<Prepared> prepare(
            Iterator<Tuple2<String[], Long>> rows, String descriptionJson, long firstSize) {
        DatasetDescription d = Engine.description(descriptionJson);
        RecordPreparer preparer = new RecordPreparer(d);
        SortedNeighbourhood sorted = new SortedNeighbourhood(d.fields());
        // one record at a time: a partition of a large input is never held whole
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Prepared next() {
                Tuple2<String[], Long> r = rows.next();
                String[] values = Arrays.copyOfRange(r._1, 1, r._1.length);
                int source = r._2 < firstSize ? 0 : 1;
                PreparedRecord p = preparer.prepare(Math.toIntExact(r._2), source, new Record(r._1[0], values));
                return new Prepared(p, r._2, sorted.sortKey(p.values()));
            }
        };
    }
}
