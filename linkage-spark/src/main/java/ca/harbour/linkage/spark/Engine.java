package ca.harbour.linkage.spark;

import ca.harbour.linkage.engine.BatchLinker;
import ca.harbour.linkage.io.DescriptionReader;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.score.Comparisons;
import ca.harbour.linkage.score.FellegiSunter;
import ca.harbour.linkage.score.PatternCounts;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The engine's objects in each JVM of a job (driver and executors), made once per JVM. The description is
 * parsed from its JSON text. The model is fitted by the engine itself ({@link BatchLinker#fit}) on the job's sample
 * of records and the comparison patterns of its training queries' candidates, which every JVM gets by broadcast:
 * the fit is seeded and does not depend on the number of threads, so every executor holds the very model the
 * driver fitted, without the engine's model classes having to be serializable. A JVM keeps the models of the
 * jobs it ran (one per job of the command line).
 */
final class Engine {
    private static final Map<String, DatasetDescription> DESCRIPTIONS = new ConcurrentHashMap<>();
    private static final Map<Long, Comparisons> COMPARISONS = new ConcurrentHashMap<>();
    private static final Map<Long, FellegiSunter> MODELS = new ConcurrentHashMap<>();

    /**
     * The comparison patterns of the training queries' candidate pairs, and all the pairs those queries make. A
     * class, not a record: the Kryo of Spark's broadcasts cannot make records.
     */
    static final class Training implements Serializable {
        private final long[] codes;
        private final long[] counts;
        private final double sampledPairs;

        Training(long[] codes, long[] counts, double sampledPairs) {
            this.codes = codes;
            this.counts = counts;
            this.sampledPairs = sampledPairs;
        }

        double sampledPairs() {
            return sampledPairs;
        }

        PatternCounts patterns() {
            PatternCounts out = new PatternCounts();
            for (int i = 0; i < codes.length; i++) {
                out.add(codes[i], counts[i]);
            }
            return out;
        }
    }

    private Engine() {}

    static DatasetDescription description(String json) {
        return DESCRIPTIONS.computeIfAbsent(json, j -> DescriptionReader.parse(j, "description"));
    }

    /**
     * What the candidates are compared with before the model is fitted (the words of free text weighed on the
     * sample of broadcast {@code sampleId}).
     */
    static Comparisons comparisons(long sampleId, String json, Supplier<List<List<Record>>> sample) {
        return COMPARISONS.computeIfAbsent(
                sampleId, id -> new BatchLinker(description(json), 0).comparisons(sample.get()));
    }

    /**
     * The model of broadcast {@code trainingId}, fitted on each input's sampled records and the training
     * patterns (each read only when this JVM has no model yet).
     */
    static FellegiSunter model(
            long trainingId, String json, Supplier<List<List<Record>>> sample, Supplier<Training> training) {
        return MODELS.computeIfAbsent(trainingId, id -> {
            Training t = training.get();
            return new BatchLinker(description(json), 0).fit(sample.get(), t.patterns(), t.sampledPairs());
        });
    }
}
