package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.BatchLinker;
import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.engine.ProgressListener;
import ca.harbour.linkage.io.DescriptionReader;
import ca.harbour.linkage.io.LinkageInputException;
import ca.harbour.linkage.io.Messages;
import ca.harbour.linkage.io.RecordSource;
import ca.harbour.linkage.model.DatasetDescription;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** Options shared by every command: description, inputs, threshold, threads, outputs. */
public final class RunOptions {
    Path config;
    List<Path> inputs = new ArrayList<>();
    Double threshold;
    int threads;
    Path outPairs;
    Path outClusters;
    Double minPairProbability;
    boolean explain;
    boolean oneToOne;
    boolean quiet;
    boolean forceProgress;
    String encoding;
    Locale locale = Locale.ROOT;

    /** Declares the options on a command, described in {@code locale}. */
    static void declare(CommandSpec spec, Locale locale) {
        spec.addOption(option(Path.class, "<file>", Messages.text(locale, "opt.config"), "-c", "--config")
                .required(true)
                .build());
        spec.addOption(option(List.class, "<file>", Messages.text(locale, "opt.input"), "-i", "--input")
                .auxiliaryTypes(Path.class)
                .required(true)
                .build());
        spec.addOption(option(Double.class, "<p>", Messages.text(locale, "opt.threshold"), "--threshold")
                .build());
        spec.addOption(option(Integer.class, "<n>", Messages.text(locale, "opt.threads"), "--threads")
                .build());
        spec.addOption(option(Path.class, "<file>", Messages.text(locale, "opt.outPairs"), "--out-pairs")
                .build());
        spec.addOption(option(Path.class, "<file>", Messages.text(locale, "opt.outClusters"), "--out-clusters")
                .build());
        spec.addOption(
                option(Double.class, "<p>", Messages.text(locale, "opt.minPairProbability"), "--min-pair-probability")
                        .build());
        spec.addOption(option(String.class, "<charset>", Messages.text(locale, "opt.encoding"), "--encoding")
                .build());
        spec.addOption(flag(Messages.text(locale, "opt.explain"), "--explain"));
        spec.addOption(flag(Messages.text(locale, "opt.oneToOne"), "--one-to-one"));
        spec.addOption(flag(Messages.text(locale, "opt.quiet"), "-q", "--quiet"));
        spec.addOption(flag(Messages.text(locale, "opt.progress"), "--progress"));
    }

    /** The options as given on a parsed command line; progress is shown in {@code locale}. */
    static RunOptions of(ParseResult r, Locale locale) {
        RunOptions o = new RunOptions();
        o.locale = locale;
        o.config = r.matchedOptionValue("--config", null);
        o.inputs = r.matchedOptionValue("--input", new ArrayList<>());
        o.threshold = r.matchedOptionValue("--threshold", null);
        o.threads = r.matchedOptionValue("--threads", 0);
        o.outPairs = r.matchedOptionValue("--out-pairs", null);
        o.outClusters = r.matchedOptionValue("--out-clusters", null);
        o.minPairProbability = r.matchedOptionValue("--min-pair-probability", null);
        o.explain = r.hasMatchedOption("--explain");
        o.oneToOne = r.hasMatchedOption("--one-to-one");
        o.quiet = r.hasMatchedOption("--quiet");
        o.forceProgress = r.hasMatchedOption("--progress");
        o.encoding = r.matchedOptionValue("--encoding", null);
        return o;
    }

    /** An option taking a value of {@code type}, shown as {@code label}. */
    static OptionSpec.Builder option(Class<?> type, String label, String description, String... names) {
        return OptionSpec.builder(names).type(type).paramLabel(label).description(description);
    }

    /** An option without a value. */
    static OptionSpec flag(String description, String... names) {
        return OptionSpec.builder(names)
                .type(boolean.class)
                .arity("0")
                .description(description)
                .build();
    }

    /** The inputs' encoding: {@code --encoding}, UTF-8 by default. */
    Charset charset() {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalArgumentException e) {
            throw LinkageInputException.of("cli.unknownEncoding", encoding);
        }
    }

    DatasetDescription description() {
        DatasetDescription d = DescriptionReader.read(config);
        if (oneToOne) {
            d = d.withOneToOne(true);
        }
        return threshold == null ? d : d.withThreshold(threshold);
    }

    /** Reads the inputs and runs de-duplication (one input) or linking (two). */
    LinkageResult run(boolean linking) {
        if (inputs.size() != (linking ? 2 : 1)) {
            throw LinkageInputException.of(linking ? "cli.linkInputs" : "cli.dedupeInputs", inputs.size());
        }
        long t0 = System.nanoTime();
        Charset charset = charset();
        DatasetDescription d = description();
        Diagnostics diagnostics = new Diagnostics(System.err, locale, quiet);
        d = diagnostics.profile(d, inputs, charset);
        debug("profile done", t0);
        List<RecordSource.Stream> streams = new ArrayList<>();
        try {
            for (Path p : inputs) {
                streams.add(RecordSource.open(p, d.forInput(streams.size()), charset));
            }
            BatchLinker linker = new BatchLinker(d, threads);
            long bytes = 0;
            for (Path p : inputs) {
                bytes += p.toFile().length();
            }
            ProgressBar bar =
                    quiet || (bytes < 2_000_000 && !forceProgress) ? null : new ProgressBar(System.err, locale);
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
            diagnostics.afterRun(d, r);
            Outputs.write(r, outPairs, outClusters, explain);
            debug("write done", t0);
            return r;
        } finally {
            for (RecordSource.Stream s : streams) {
                try {
                    s.close();
                } catch (IOException e) {
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
