package ca.harbour.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.TestData;
import ca.harbour.linkage.eval.Evaluator;
import ca.harbour.linkage.eval.GroundTruth;
import ca.harbour.linkage.eval.Metrics;
import org.junit.jupiter.api.Test;

class AccuracyTests {

    @Test
    void febrlDatasetOneIsDeduplicatedAccuratelyWithoutLabels() {
        LinkageResult r = new BatchLinker(TestData.febrlDescription(), 2).dedupe(TestData.febrl1());
        GroundTruth truth = new GroundTruth()
                .addColumn(TestData.resource("febrl-dataset1.csv"), 0, "rec_id", "rec_id", "rec-(\\d+)-");
        Evaluator e = new Evaluator(r, truth);
        Metrics m = e.clusters();
        assertThat(m.actual()).isEqualTo(500);
        assertThat(m.f1()).isGreaterThan(0.95);
        assertThat(e.pairCompleteness()).isGreaterThan(0.97);
        assertThat(r.reductionRatio()).isGreaterThan(0.98);
    }
}
