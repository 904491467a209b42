package ca.harbour.linkage.spark;

import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.score.Comparisons;
import ca.harbour.linkage.score.FellegiSunter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.Tuple2;
import scala.Tuple5;

/**
 * Counts the comparison patterns of the training queries' candidate pairs, and scores the candidate pairs with
 * the engine's Fellegi-Sunter scorer, in {@code mapPartitions}: each pair of record indexes is joined with its two
 * prepared records (a binary column each), and each partition takes the engine's comparisons or model made from
 * the broadcast sample and training patterns (see {@link Engine}).
 */
final class SparkScoring {

    /** The kept pairs' columns: record indexes, ids, match weight. */
    static final String[] COLUMNS = {"a", "b", "id_a", "id_b", "weight"};

    private SparkScoring() {}

    /**
     * @param pairs columns {@code a}, {@code b} (record indexes)
     * @param records columns {@code idx} and {@code rec} (a {@link Prepared} as {@link #RECORD} encodes it)
     */
    static Dataset<Row> score(
            Dataset<Row> pairs,
            Dataset<Row> records,
            Broadcast<List<List<String[]>>> sample,
            Broadcast<Engine.Training> training,
            String description,
            double keepWeight) {
        Encoder<Tuple5<Long, Long, String, String, Double>> scored = Encoders.tuple(
                Encoders.LONG(), Encoders.LONG(), Encoders.STRING(), Encoders.STRING(), Encoders.DOUBLE());
        return withRecords(pairs, records)
                .mapPartitions(
                        (MapPartitionsFunction<Tuple2<Prepared, Prepared>, Tuple5<Long, Long, String, String, Double>>)
                                both -> score(both, sample, training, description, keepWeight),
                        scored)
                .toDF(COLUMNS);
    }

    /**
     * The comparison patterns of the pairs and how many pairs have each (lower index compared with higher, as
     * the engine compares a candidate with its query), made with the comparisons of the broadcast sample.
     */
    static Engine.Training patterns(
            Dataset<Row> pairs,
            Dataset<Row> records,
            Broadcast<List<List<String[]>>> sample,
            String description,
            double sampledPairs) {
        List<Row> counted = withRecords(pairs, records)
                .mapPartitions(
                        (MapPartitionsFunction<Tuple2<Prepared, Prepared>, Long>) both -> {
                            Comparisons c = Engine.comparisons(sample.id(), description, () -> records(sample.value()));
                            int[] levels = new int[c.size()];
                            List<Long> codes = new ArrayList<>();
                            while (both.hasNext()) {
                                Tuple2<Prepared, Prepared> p = both.next();
                                c.compare(p._1.record(), p._2.record(), levels);
                                codes.add(c.encode(levels));
                            }
                            return codes.iterator();
                        },
                        Encoders.LONG())
                .groupBy("value")
                .count()
                .collectAsList();
        long[] codes = new long[counted.size()];
        long[] counts = new long[counted.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = counted.get(i).getLong(0);
            counts[i] = counted.get(i).getLong(1);
        }
        return new Engine.Training(codes, counts, sampledPairs);
    }

    /** Each pair's two prepared records, the lower index's first. */
    private static Dataset<Tuple2<Prepared, Prepared>> withRecords(Dataset<Row> pairs, Dataset<Row> records) {
        Dataset<Row> left = records.select(
                functions.col("idx").as("ia"), functions.col("rec").as("_1"));
        Dataset<Row> right = records.select(
                functions.col("idx").as("ib"), functions.col("rec").as("_2"));
        return pairs.join(left, pairs.col("a").equalTo(left.col("ia")))
                .join(right, functions.col("b").equalTo(right.col("ib")))
                .select("_1", "_2")
                .as(Encoders.tuple(RECORD, RECORD));
    }

    /** A prepared record as one binary column. */
    static final Encoder<Prepared> RECORD = Encoders.kryo(Prepared.class);

    private static Iterator<Tuple5<Long, Long, String, String, Double>> score(
            Iterator<Tuple2<Prepared, Prepared>> pairs,
            Broadcast<List<List<String[]>>> sample,
            Broadcast<Engine.Training> training,
            String description,
            double keepWeight) {
        FellegiSunter fs = Engine.model(training.id(), description, () -> records(sample.value()), training::value);
        int[] levels = new int[fs.comparisons().size()];
        List<Tuple5<Long, Long, String, String, Double>> out = new ArrayList<>();
        while (pairs.hasNext()) {
            Tuple2<Prepared, Prepared> p = pairs.next();
            Prepared a = p._1;
            Prepared b = p._2;
            double w = fs.weightAtLeast(a.record(), b.record(), keepWeight, levels);
            if (w >= keepWeight) {
                out.add(new Tuple5<>(a.index, b.index, a.id, b.id, w));
            }
        }
        return out.iterator();
    }

    /** Each input's sampled rows (id, then the fields' raw values) as the engine's records. */
    static List<List<Record>> records(List<List<String[]>> inputs) {
        List<List<Record>> out = new ArrayList<>(inputs.size());
        for (List<String[]> rows : inputs) {
            List<Record> records = new ArrayList<>(rows.size());
            for (String[] row : rows) {
                String[] values = new String[row.length - 1];
                System.arraycopy(row, 1, values, 0, values.length);
                records.add(new Record(row[0], values));
            }
            out.add(records);
        }
        return out;
    }
}
