package ca.harbour.linkage.spark;

import ca.harbour.linkage.engine.BatchLinker;
import ca.harbour.linkage.io.DescriptionReader;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.score.FellegiSunter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The engine's objects in each JVM of a job (driver and executors), made once per JVM. The description is
 * parsed from its JSON text. The model is fitted by the engine itself on the job's sample of records, which
 * every JVM gets by broadcast: the fit is seeded and does not depend on the number of threads, so every
 * executor holds the very model the driver fitted, without the engine's model classes having to be
 * serializable. A JVM keeps the models of the jobs it ran (one per job of the command line).
 */
final class Engine {
    private static final Map<String, DatasetDescription> DESCRIPTIONS = new ConcurrentHashMap<>();
    private static final Map<Long, FellegiSunter> MODELS = new ConcurrentHashMap<>();

    private Engine() {}

    static DatasetDescription description(String json) {
        return DESCRIPTIONS.computeIfAbsent(json, j -> DescriptionReader.parse(j, "description"));
    }

    /**
     * The model fitted on the sample of broadcast {@code broadcastId}: de-duplicating one input's sampled
     * records, or linking two inputs' samples.
     *
     * @param sample each input's sampled records, in input order (read only when this JVM has no model yet)
     */
    static FellegiSunter model(long broadcastId, String json, Supplier<List<List<Record>>> sample) {
        return MODELS.computeIfAbsent(broadcastId, id -> {
            List<List<Record>> s = sample.get();
            BatchLinker linker = new BatchLinker(description(json), 0);
            return (s.size() == 2 ? linker.link(s.get(0), s.get(1)) : linker.dedupe(s.get(0)))
                    .model()
                    .scorer();
        });
    }
}
