package ca.harbour.linkage.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluationTests {
    @TempDir
    Path dir;

    @Test
    void anyToolsPairsAreScoredOnceEachAgainstTheTruthAndTheirClosure() throws IOException {
        Path truthCsv = dir.resolve("truth.csv");
        Files.writeString(truthCsv, "id,entity\na,1\nb,1\nc,1\nd,2\ne,2\nf,3\n");
        Path predicted = dir.resolve("pred.csv");
        Files.writeString(predicted, "id_l,id_r,probability\na,b,0.9\nb,a,0.9\nb,c,0.8\nd,f,0.7\n");
        GroundTruth truth = new GroundTruth().addColumn(truthCsv, "id", "entity", null);
        PairFileEvaluator.Result r = PairFileEvaluator.evaluate(predicted, List.of("a", "b", "c", "d", "e", "f"), 6, truth);
        assertThat(r.pairs()).isEqualTo(new Metrics(2, 3, 4));
        assertThat(r.closure()).isEqualTo(new Metrics(3, 4, 4));
        assertThat(r.pairs().f1()).isCloseTo(2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5), within(1e-9));
    }

    @Test
    void inLinkingOnlyPairsAcrossTheTwoInputsCount() throws IOException {
        Path truthCsv = dir.resolve("truth.csv");
        Files.writeString(truthCsv, "id,entity\na1,1\na2,1\nb1,1\nb2,2\n");
        Path predicted = dir.resolve("pred.csv");
        Files.writeString(predicted, "id_l,id_r\na1,a2\na1,b1\na2,b2\n");
        GroundTruth truth = new GroundTruth().addColumn(truthCsv, "id", "entity", null);
        PairFileEvaluator.Result r = PairFileEvaluator.evaluate(predicted, List.of("a1", "a2", "b1", "b2"), 2, truth);
        assertThat(r.pairs()).isEqualTo(new Metrics(1, 2, 2));
    }

    @Test
    void truthFromLabelledPairsKeepsOnlyPairsScoredAtLeastOneHalf() throws IOException {
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "l,r,score\na,b,1.0\nb,c,0.0\nd,e,0.9\n");
        GroundTruth t = GroundTruth.fromPairs(labels, "l", "r", "score", List.of("a", "b", "c", "d", "e"));
        assertThat(t.entityOf("a")).isEqualTo(t.entityOf("b")).isNotEqualTo(t.entityOf("c"));
        assertThat(t.entityOf("d")).isEqualTo(t.entityOf("e"));
    }
}
