package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.eval.Evaluator;
import ca.harbour.linkage.eval.GroundTruth;
import ca.harbour.linkage.io.LinkageInputException;
import ca.harbour.linkage.model.PreparedRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code evaluate}: run dedupe or link and score it against ground truth. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
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

    @Option(names = "--truth-pair-columns", split = ",", description = "The two id columns of --truth-pairs.")
    String[] pairColumns = {"id_l", "id_r"};

    @Override
    public Integer call() {
        LinkageResult r = options.run(options.inputs.size() == 2);
        GroundTruth truth;
        if (truthColumn != null) {
            truth = new GroundTruth();
            for (Path p : options.inputs) {
                truth.addColumn(p, options.description().idColumn(), truthColumn, truthPattern);
            }
        } else if (truthPairs != null) {
            truth = GroundTruth.fromPairs(truthPairs, pairColumns[0], pairColumns[1],
                    r.records().stream().map(PreparedRecord::id).toList());
        } else {
            throw new LinkageInputException("evaluate needs --truth-column or --truth-pairs");
        }
        Summary.print(System.out, r);
        Evaluator e = new Evaluator(r, truth);
        System.out.println(String.format(Locale.ROOT, "pair completeness: %.6f", e.pairCompleteness()));
        System.out.println("pairs: " + e.pairs());
        System.out.println("clusters: " + e.clusters());
        return 0;
    }
}
