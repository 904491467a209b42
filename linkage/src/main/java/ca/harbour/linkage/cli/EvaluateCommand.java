package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.eval.Evaluator;
import ca.harbour.linkage.eval.GroundTruth;
import ca.harbour.linkage.io.LinkageInputException;
import ca.harbour.linkage.model.PreparedRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import ca.harbour.linkage.eval.PairFileEvaluator;
import ca.harbour.linkage.io.RecordSource;
import ca.harbour.linkage.model.DatasetDescription;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code evaluate}: run dedupe or link and score it against ground truth. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, version = LinkageCli.VERSION,
        description = "Run dedupe (one --input) or link (two) and print precision, recall, F1 and pair completeness.")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    RunOptions options;

    @Option(names = "--truth-column", description = "Column with each record's true entity.")
    String truthColumn;

    @Option(names = "--truth-pattern", description = "Regex; its first group extracts the entity from the column.")
    String truthPattern;

    @Option(names = "--truth-pairs", description = "CSV of true pairs.")
    Path truthPairs;

    @Option(names = "--truth-pair-columns", split = ",", description = "The two id columns of --truth-pairs, optionally a third: a score column (pairs need >= 0.5).")
    String[] pairColumns = {"id_l", "id_r"};

    @Option(names = "--predicted-pairs", description = "Score this pairs CSV (id_l,id_r; from any tool) instead of running.")
    Path predictedPairs;

    @Override
    public Integer call() {
        if (predictedPairs != null) {
            return scoreFile();
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

    private int scoreFile() {
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
