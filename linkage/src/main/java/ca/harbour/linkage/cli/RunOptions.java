package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.BatchLinker;
import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.io.DescriptionReader;
import ca.harbour.linkage.io.LinkageInputException;
import ca.harbour.linkage.io.RecordSource;
import ca.harbour.linkage.model.DatasetDescription;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by every command: description, inputs, threshold, threads, outputs. */
public final class RunOptions {
    static final Arguments.Option CONFIG = Arguments.Option.value("file", "Dataset description (JSON).", "-c", "--config");
    static final Arguments.Option INPUT = Arguments.Option.repeatable("file", "Input CSV (twice for linking).", "-i", "--input");
    static final Arguments.Option THRESHOLD = Arguments.Option.value("p",
            "Match probability threshold (default: description's, else 0.5).", "--threshold");
    static final Arguments.Option THREADS = Arguments.Option.value("n", "Worker threads (default: all cores).", "--threads");
    static final Arguments.Option OUT_PAIRS = Arguments.Option.value("file", "Write matched pairs with scores to this CSV.", "--out-pairs");
    static final Arguments.Option OUT_CLUSTERS = Arguments.Option.value("file", "Write each record's entity to this CSV.", "--out-clusters");
    static final Arguments.Option MIN_PAIR = Arguments.Option.value("p", "Also write pairs down to this probability.",
            "--min-pair-probability");
    static final Arguments.Option EXPLAIN = Arguments.Option.flag("Add per-field contributions to the pairs CSV.", "--explain");
    static final Arguments.Option QUIET = Arguments.Option.flag("No progress bar.", "-q", "--quiet");
    static final Arguments.Option PROGRESS = Arguments.Option.flag("Show the progress bar even for small inputs.", "--progress");

    /** The options above, in help order. */
    static final List<Arguments.Option> ALL = List.of(CONFIG, INPUT, THRESHOLD, THREADS, OUT_PAIRS, OUT_CLUSTERS, MIN_PAIR,
            EXPLAIN, QUIET, PROGRESS);

    final Path config;
    final List<Path> inputs = new ArrayList<>();
    final Double threshold;
    final int threads;
    final Path outPairs;
    final Path outClusters;
    final Double minPairProbability;
    final boolean explain;
    final boolean quiet;
    final boolean forceProgress;

    RunOptions(Arguments a) {
        config = Path.of(a.required(CONFIG));
        a.required(INPUT);
        for (String s : a.all(INPUT)) {
            inputs.add(Path.of(s));
        }
        threshold = a.number(THRESHOLD);
        threads = a.integer(THREADS, 0);
        outPairs = a.path(OUT_PAIRS);
        outClusters = a.path(OUT_CLUSTERS);
        minPairProbability = a.number(MIN_PAIR);
        explain = a.has(EXPLAIN);
        quiet = a.has(QUIET);
        forceProgress = a.has(PROGRESS);
    }

    DatasetDescription description() {
        DatasetDescription d = DescriptionReader.read(config);
        return threshold == null ? d : d.withThreshold(threshold);
    }

    /** Reads the inputs and runs de-duplication (one input) or linking (two). */
    LinkageResult run(boolean linking) {
        if (inputs.size() != (linking ? 2 : 1)) {
            throw new LinkageInputException((linking ? "link needs exactly two" : "dedupe needs exactly one")
                    + " --input, got " + inputs.size());
        }
        long t0 = System.nanoTime();
        DatasetDescription d = description();
        List<RecordSource.Stream> streams = new ArrayList<>();
        try {
            for (Path p : inputs) {
                streams.add(RecordSource.open(p, d));
            }
            BatchLinker linker = new BatchLinker(d, threads);
            long bytes = 0;
            for (Path p : inputs) {
                bytes += p.toFile().length();
            }
            ProgressBar bar = quiet || (bytes < 2_000_000 && !forceProgress) ? null : new ProgressBar(System.err);
            if (bar != null) {
                linker.progress(bar);
            }
            if (minPairProbability != null) {
                linker.outputThreshold(minPairProbability);
            }
            LinkageResult r = linking ? linker.link(streams.get(0), streams.get(1)) : linker.dedupe(streams.get(0));
            if (bar != null) {
                bar.finish();
            }
            debug("link", t0);
            Outputs.write(r, outPairs, outClusters, explain);
            debug("write", t0);
            return r;
        } finally {
            for (RecordSource.Stream s : streams) {
                try {
                    s.close();
                } catch (java.io.IOException e) {
                    // nothing left to read
                }
            }
        }
    }

    /** With -Dharbour.linkage.debug: the run's own timing on stderr (no JMX or Formatter: cheap to load). */
    private static void debug(String what, long t0) {
        if (System.getProperty("harbour.linkage.debug") != null) {
            System.err.println(what + " done at " + Outputs.fixed((System.nanoTime() - t0) / 1e9, 1000) + "s");
        }
    }
}
