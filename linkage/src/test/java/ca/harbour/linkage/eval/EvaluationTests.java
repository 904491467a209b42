package ca.harbour.linkage.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTests {
    @TempDir
    Path dir;

    @Test
    void anyToolsPairsAreScoredOnceEachAgainstTheTruthAndTheirClosure() throws IOException {
        Path truthCsv = dir.resolve("truth.csv");
        Files.writeString(truthCsv, "id,entity\na,1\nb,1\nc,1\nd,2\ne,2\nf,3\n");
        Path predicted = dir.resolve("pred.csv");
        Files.writeString(predicted, "id_l,id_r,probability\na,b,0.9\nb,a,0.9\nb,c,0.8\nd,f,0.7\n");
        GroundTruth truth = new GroundTruth().addColumn(truthCsv, 0, "id", "entity", null);
        PairFileEvaluator.Result r =
                PairFileEvaluator.evaluate(predicted, List.of("a", "b", "c", "d", "e", "f"), 6, truth);
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
        GroundTruth truth = new GroundTruth()
                .addColumn(truthCsv, 0, "id", "entity", null)
                .addColumn(truthCsv, 1, "id", "entity", null);
        PairFileEvaluator.Result r = PairFileEvaluator.evaluate(predicted, List.of("a1", "a2", "b1", "b2"), 2, truth);
        assertThat(r.pairs()).isEqualTo(new Metrics(1, 2, 2));
    }

    @Test
    void truthFromLabelledPairsKeepsOnlyPairsScoredAtLeastOneHalf() throws IOException {
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "l,r,score\na,b,1.0\nb,c,0.0\nd,e,0.9\n");
        GroundTruth t = GroundTruth.fromPairs(labels, "l", "r", "score", List.of("a", "b", "c", "d", "e"), 5);
        assertThat(t.entityOf(0, "a")).isEqualTo(t.entityOf(0, "b")).isNotEqualTo(t.entityOf(0, "c"));
        assertThat(t.entityOf(0, "d")).isEqualTo(t.entityOf(0, "e"));
    }

    /**
     * Tables A and B numbered from 0 each, with labelled pairs (ltable_id, rtable_id, label), as many published
     * benchmarks come: id 0 of A and id 0 of B are different records.
     */
    @Test
    void twoInputsMayUseTheSameIdsForDifferentRecords() throws IOException {
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "ltable_id,rtable_id,label\n0,1,1\n1,0,1\n2,2,0\n");
        List<String> ids = List.of("0", "1", "2", "0", "1", "2");
        GroundTruth t = GroundTruth.fromPairs(labels, "ltable_id", "rtable_id", "label", ids, 3);
        assertThat(t.entityOf(0, "0")).isEqualTo(t.entityOf(1, "1")).isNotEqualTo(t.entityOf(1, "0"));
        assertThat(t.entityOf(0, "1")).isEqualTo(t.entityOf(1, "0"));
        assertThat(t.entityOf(0, "2")).isNotEqualTo(t.entityOf(1, "2"));
        Path predicted = dir.resolve("pred.csv");
        Files.writeString(predicted, "id_l,id_r\n0,1\n1,1\n");
        PairFileEvaluator.Result r = PairFileEvaluator.evaluate(predicted, ids, 3, t);
        assertThat(r.pairs()).isEqualTo(new Metrics(1, 2, 2));
    }

    @Test
    void anEntityColumnLabelsEachInputsOwnRecords() throws IOException {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "id,entity\n0,x\n1,y\n");
        Path b = dir.resolve("b.csv");
        Files.writeString(b, "key,entity\n0,y\n1,x\n");
        GroundTruth t = new GroundTruth().addColumn(a, 0, "id", "entity", null).addColumn(b, 1, "key", "entity", null);
        assertThat(t.entityOf(0, "0")).isEqualTo("x").isEqualTo(t.entityOf(1, "1"));
        assertThat(t.entityOf(1, "0")).isEqualTo("y");
    }
}
