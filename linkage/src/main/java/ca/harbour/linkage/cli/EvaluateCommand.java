package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.eval.Evaluator;
import ca.harbour.linkage.eval.GroundTruth;
import ca.harbour.linkage.eval.PairFileEvaluator;
import ca.harbour.linkage.io.LinkageInputException;
import ca.harbour.linkage.io.Messages;
import ca.harbour.linkage.io.RecordSource;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.PreparedRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** {@code evaluate}: run dedupe or link and score it against ground truth. */
final class EvaluateCommand {
    private final RunOptions options;
    private final String truthColumn;
    private final String truthPattern;
    private final Path truthPairs;
    private final String[] pairColumns;
    private final Path predictedPairs;

    private final Locale locale;

    private EvaluateCommand(ParseResult r, Locale locale) {
        this.locale = locale;
        options = RunOptions.of(r, locale);
        truthColumn = r.matchedOptionValue("--truth-column", null);
        truthPattern = r.matchedOptionValue("--truth-pattern", null);
        truthPairs = r.matchedOptionValue("--truth-pairs", null);
        pairColumns = r.matchedOptionValue("--truth-pair-columns", new String[] {"id_l", "id_r"});
        predictedPairs = r.matchedOptionValue("--predicted-pairs", null);
    }

    /** Declares the command's own options (besides {@link RunOptions}), described in {@code locale}. */
    static void declare(CommandSpec spec, Locale locale) {
        spec.addOption(
                RunOptions.option(String.class, "<column>", Messages.text(locale, "opt.truthColumn"), "--truth-column")
                        .build());
        spec.addOption(
                RunOptions.option(String.class, "<regex>", Messages.text(locale, "opt.truthPattern"), "--truth-pattern")
                        .build());
        spec.addOption(RunOptions.option(Path.class, "<file>", Messages.text(locale, "opt.truthPairs"), "--truth-pairs")
                .build());
        spec.addOption(RunOptions.option(
                        String[].class,
                        "<column>",
                        Messages.text(locale, "opt.truthPairColumns"),
                        "--truth-pair-columns")
                .splitRegex(",")
                .build());
        spec.addOption(RunOptions.option(
                        Path.class, "<file>", Messages.text(locale, "opt.predictedPairs"), "--predicted-pairs")
                .build());
    }

    /** Runs {@code evaluate} as parsed. */
    static int run(ParseResult r, Locale locale) {
        return new EvaluateCommand(r, locale).call();
    }

    private int call() {
        if (predictedPairs != null) {
            return scoreFile();
        }
        LinkageResult r = options.run(options.inputs.size() == 2);
        GroundTruth truth = truth(r.records().stream().map(PreparedRecord::id).toList(), r.firstSize());
        Summary.print(System.out, r, locale);
        Evaluator e = new Evaluator(r, truth);
        System.out.println(Messages.text(locale, "eval.completeness", Outputs.fixed(e.pairCompleteness(), 1_000_000)));
        System.out.println(Messages.text(locale, "eval.pairs", e.pairs().format(locale)));
        System.out.println(Messages.text(locale, "eval.clusters", e.clusters().format(locale)));
        return 0;
    }

    /** The truth about the records {@code ids} of the inputs, the first input's {@code firstSize} first. */
    private GroundTruth truth(List<String> ids, int firstSize) {
        if (truthColumn != null) {
            GroundTruth t = new GroundTruth();
            for (int k = 0; k < options.inputs.size(); k++) {
                t.addColumn(
                        options.inputs.get(k),
                        options.charset(),
                        k,
                        options.description().forInput(k).idColumn(),
                        truthColumn,
                        truthPattern);
            }
            return t;
        }
        if (truthPairs != null) {
            return GroundTruth.fromPairs(
                    truthPairs,
                    pairColumns[0],
                    pairColumns[1],
                    pairColumns.length > 2 ? pairColumns[2] : null,
                    ids,
                    firstSize);
        }
        throw LinkageInputException.of("cli.evaluateTruth");
    }

    private int scoreFile() {
        DatasetDescription d = options.description();
        List<String> ids = new ArrayList<>();
        int firstSize = 0;
        for (int k = 0; k < options.inputs.size(); k++) {
            RecordSource.read(options.inputs.get(k), d.forInput(k), options.charset())
                    .forEach(r -> ids.add(r.id()));
            if (k == 0) {
                firstSize = ids.size();
            }
        }
        PairFileEvaluator.Result res =
                PairFileEvaluator.evaluate(predictedPairs, ids, firstSize, truth(ids, firstSize));
        System.out.println(Messages.text(locale, "summary.records", ids.size()));
        System.out.println(Messages.text(locale, "eval.pairs", res.pairs().format(locale)));
        System.out.println(Messages.text(locale, "eval.closure", res.closure().format(locale)));
        return 0;
    }
}
