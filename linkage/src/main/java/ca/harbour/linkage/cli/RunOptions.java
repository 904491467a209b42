package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.BatchLinker;
import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.engine.ProgressListener;
import ca.harbour.linkage.io.DescriptionReader;
import ca.harbour.linkage.io.LinkageInputException;
import ca.harbour.linkage.io.RecordSource;
import ca.harbour.linkage.model.DatasetDescription;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by every command: description, inputs, threshold, threads, outputs. */
public final class RunOptions {
    @Option(names = {"-c", "--config"}, required = true, description = "Dataset description (JSON).")
    Path config;

    @Option(names = {"-i", "--input"}, required = true, description = "Input CSV (twice for linking).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--threshold", description = "Match probability threshold (default: description's, else 0.5).")
    Double threshold;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    int threads;

    @Option(names = "--out-pairs", description = "Write matched pairs with scores to this CSV.")
    Path outPairs;

    @Option(names = "--out-clusters", description = "Write each record's entity to this CSV.")
    Path outClusters;

    @Option(names = "--min-pair-probability", description = "Also write pairs down to this probability.")
    Double minPairProbability;

    @Option(names = "--explain", description = "Add per-field contributions to the pairs CSV.")
    boolean explain;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = "--progress", description = "Show the progress bar even for small inputs.")
    boolean forceProgress;

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
            } else if (System.getProperty("harbour.linkage.debug") != null) {
                linker.progress(phaseTimes(t0));
            }
            if (minPairProbability != null) {
                linker.outputThreshold(minPairProbability);
            }
            LinkageResult r = linking ? linker.link(streams.get(0), streams.get(1)) : linker.dedupe(streams.get(0));
            if (bar != null) {
                bar.finish();
            }
            debug("link done", t0);
            Outputs.write(r, outPairs, outClusters, explain);
            debug("write done", t0);
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

    /** With -Dharbour.linkage.debug and no progress bar: when each phase starts, on stderr. */
    private static ProgressListener phaseTimes(long t0) {
        String[] last = {""};
        return (phase, done, total) -> {
            synchronized (last) {
                if (!phase.equals(last[0])) {
                    last[0] = phase;
                    debug(phase + " started", t0);
                }
            }
        };
    }

    /** With -Dharbour.linkage.debug: the run's own timing on stderr (no JMX or Formatter: cheap to load). */
    private static void debug(String what, long t0) {
        if (System.getProperty("harbour.linkage.debug") != null) {
            System.err.println(what + " at " + Outputs.fixed((System.nanoTime() - t0) / 1e9, 1000) + "s");
        }
    }
}
