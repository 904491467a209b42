package ca.harbour.linkage.spark;

import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.score.FellegiSunter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Scores the candidate pairs with the engine's Fellegi-Sunter scorer in {@code mapPartitions}: each pair is
 * joined with its two prepared records, and each partition takes the model fitted on the broadcast sample
 * (see {@link Engine}).
 */
final class SparkScoring {

    private SparkScoring() {}

    static JavaRDD<Scored> score(
            JavaPairRDD<Long, Long> pairs,
            JavaPairRDD<Long, Prepared> records,
            Broadcast<List<List<String[]>>> sample,
            String description,
            double keepWeight,
            int partitions) {
        return pairs.join(records, partitions)
                .mapToPair(p -> new Tuple2<>(p._2._1, p._2._2))
                .join(records, partitions)
                .values()
                .mapPartitions(both -> score(both, sample, description, keepWeight));
    }

    private static Iterator<Scored> score(
            Iterator<Tuple2<Prepared, Prepared>> pairs,
            Broadcast<List<List<String[]>>> sample,
            String description,
            double keepWeight) {
        FellegiSunter fs = Engine.model(sample.id(), description, () -> records(sample.value()));
        int[] levels = new int[fs.comparisons().size()];
        List<Scored> out = new ArrayList<>();
        while (pairs.hasNext()) {
            Tuple2<Prepared, Prepared> p = pairs.next();
            Prepared a = p._1;
            Prepared b = p._2;
            double w = fs.weightAtLeast(a.record(), b.record(), keepWeight, levels);
            if (w >= keepWeight) {
                out.add(new Scored(a.index, b.index, a.id, b.id, w));
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
