package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.eval.Evaluator;
import ca.harbour.linkage.eval.GroundTruth;
import ca.harbour.linkage.io.LinkageInputException;
import ca.harbour.linkage.model.PreparedRecord;

import ca.harbour.linkage.eval.PairFileEvaluator;
import ca.harbour.linkage.io.RecordSource;
import ca.harbour.linkage.model.DatasetDescription;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code evaluate}: run dedupe or link and score it against ground truth. */
final class EvaluateCommand implements CliCommand {
    private static final Arguments.Option TRUTH_COLUMN = Arguments.Option.value("column",
            "Column with each record's true entity.", "--truth-column");
    private static final Arguments.Option TRUTH_PATTERN = Arguments.Option.value("regex",
            "Regex; its first group extracts the entity from the column.", "--truth-pattern");
    private static final Arguments.Option TRUTH_PAIRS = Arguments.Option.value("file", "CSV of true pairs.", "--truth-pairs");
    private static final Arguments.Option PAIR_COLUMNS = Arguments.Option.value("l,r[,score]",
            "The two id columns of --truth-pairs, optionally a third: a score column (pairs need >= 0.5).",
            "--truth-pair-columns");
    private static final Arguments.Option PREDICTED = Arguments.Option.value("file",
            "Score this pairs CSV (id_l,id_r; from any tool) instead of running.", "--predicted-pairs");
    private static final List<Arguments.Option> OPTIONS;

    static {
        List<Arguments.Option> all = new ArrayList<>(RunOptions.ALL);
        all.addAll(List.of(TRUTH_COLUMN, TRUTH_PATTERN, TRUTH_PAIRS, PAIR_COLUMNS, PREDICTED));
        OPTIONS = List.copyOf(all);
    }

    private RunOptions options;
    private String truthColumn;
    private String truthPattern;
    private Path truthPairs;
    private String[] pairColumns;

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String description() {
        return "Run dedupe (one --input) or link (two) and print precision, recall, F1 and pair completeness.";
    }

    @Override
    public List<Arguments.Option> options() {
        return OPTIONS;
    }

    @Override
    public int run(Arguments args) {
        options = new RunOptions(args);
        truthColumn = args.string(TRUTH_COLUMN);
        truthPattern = args.string(TRUTH_PATTERN);
        truthPairs = args.path(TRUTH_PAIRS);
        String cols = args.string(PAIR_COLUMNS);
        pairColumns = cols == null ? new String[] {"id_l", "id_r"} : cols.split(",");
        if (pairColumns.length < 2) {
            throw new Arguments.UsageException("--truth-pair-columns needs at least two column names");
        }
        Path predictedPairs = args.path(PREDICTED);
        if (predictedPairs != null) {
            return scoreFile(predictedPairs);
        }
        LinkageResult r = options.run(options.inputs.size() == 2);
        GroundTruth truth = truth(r.records().stream().map(PreparedRecord::id).toList());
        Summary.print(System.out, r);
        Evaluator e = new Evaluator(r, truth);
        System.out.println(String.format(Locale.ROOT, "pair completeness: %.6f", e.pairCompleteness()));
        System.out.println("pairs: " + e.pairs());
        System.out.println("clusters: " + e.clusters());
        return 0;
    }

    private GroundTruth truth(List<String> ids) {
        if (truthColumn != null) {
            GroundTruth t = new GroundTruth();
            for (Path p : options.inputs) {
                t.addColumn(p, options.description().idColumn(), truthColumn, truthPattern);
            }
            return t;
        }
        if (truthPairs != null) {
            return GroundTruth.fromPairs(truthPairs, pairColumns[0], pairColumns[1],
                    pairColumns.length > 2 ? pairColumns[2] : null, ids);
        }
        throw new LinkageInputException("evaluate needs --truth-column or --truth-pairs");
    }

    private int scoreFile(Path predictedPairs) {
        DatasetDescription d = options.description();
        List<String> ids = new ArrayList<>();
        int firstSize = 0;
        for (Path p : options.inputs) {
            RecordSource.read(p, d).forEach(r -> ids.add(r.id()));
            if (firstSize == 0) {
                firstSize = ids.size();
            }
        }
        PairFileEvaluator.Result res = PairFileEvaluator.evaluate(predictedPairs, ids, firstSize, truth(ids));
        System.out.println("records: " + ids.size());
        System.out.println("pairs: " + res.pairs());
        System.out.println("closure: " + res.closure());
        return 0;
    }
}
