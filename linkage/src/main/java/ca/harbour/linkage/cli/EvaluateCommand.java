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

    /** One invocation's options (the command object itself is shared and holds none). */
    private record Request(RunOptions options, String truthColumn, String truthPattern, Path truthPairs,
                           String[] pairColumns) {
    }

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
        String cols = args.string(PAIR_COLUMNS);
        String[] pairColumns = cols == null ? new String[] {"id_l", "id_r"} : cols.split(",");
        if (pairColumns.length < 2) {
            throw new Arguments.UsageException("--truth-pair-columns needs at least two column names");
        }
        Request q = new Request(new RunOptions(args), args.string(TRUTH_COLUMN), args.string(TRUTH_PATTERN),
                args.path(TRUTH_PAIRS), pairColumns);
        Path predictedPairs = args.path(PREDICTED);
        if (predictedPairs != null) {
            return scoreFile(q, predictedPairs);
        }
        LinkageResult r = q.options().run(q.options().inputs.size() == 2);
        GroundTruth truth = truth(q, r.records().stream().map(PreparedRecord::id).toList());
        Summary.print(System.out, r);
        Evaluator e = new Evaluator(r, truth);
        System.out.println(String.format(Locale.ROOT, "pair completeness: %.6f", e.pairCompleteness()));
        System.out.println("pairs: " + e.pairs());
        System.out.println("clusters: " + e.clusters());
        return 0;
    }

    private static GroundTruth truth(Request q, List<String> ids) {
        if (q.truthColumn() != null) {
            GroundTruth t = new GroundTruth();
            for (Path p : q.options().inputs) {
                t.addColumn(p, q.options().description().idColumn(), q.truthColumn(), q.truthPattern());
            }
            return t;
        }
        if (q.truthPairs() != null) {
            String[] c = q.pairColumns();
            return GroundTruth.fromPairs(q.truthPairs(), c[0], c[1], c.length > 2 ? c[2] : null, ids);
        }
        throw new LinkageInputException("evaluate needs --truth-column or --truth-pairs");
    }

    private static int scoreFile(Request q, Path predictedPairs) {
        RunOptions options = q.options();
        DatasetDescription d = options.description();
        List<String> ids = new ArrayList<>();
        int firstSize = 0;
        for (Path p : options.inputs) {
            RecordSource.read(p, d).forEach(r -> ids.add(r.id()));
            if (firstSize == 0) {
                firstSize = ids.size();
            }
        }
        PairFileEvaluator.Result res = PairFileEvaluator.evaluate(predictedPairs, ids, firstSize, truth(q, ids));
        System.out.println("records: " + ids.size());
        System.out.println("pairs: " + res.pairs());
        System.out.println("closure: " + res.closure());
        return 0;
    }
}
