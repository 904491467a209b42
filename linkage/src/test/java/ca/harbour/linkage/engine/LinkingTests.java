package ca.harbour.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.TestData;
import ca.harbour.linkage.model.Record;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkingTests {

    @Test
    void linkingPairsOnlyRecordsFromDifferentInputsAndFindsTheDuplicates() {
        List<Record> all = TestData.people(500, 21);
        List<Record> first = new ArrayList<>();
        List<Record> second = new ArrayList<>();
        for (Record r : all) {
            (r.id().endsWith("-0") ? first : second).add(r);
        }
        LinkageResult r = new BatchLinker(TestData.peopleDescription(), 2).link(first, second);
        assertThat(r.linking()).isTrue();
        int correct = 0;
        for (int k = 0; k < r.pairs().size(); k++) {
            int a = r.pairs().a(k);
            int b = r.pairs().b(k);
            assertThat(a).isLessThan(first.size());
            assertThat(b).isGreaterThanOrEqualTo(first.size());
            String ea = r.records().get(a).id().split("-")[0];
            String eb = r.records().get(b).id().split("-")[0];
            if (ea.equals(eb)) {
                correct++;
            }
        }
        assertThat((double) correct / r.pairs().size()).isGreaterThan(0.97);
        assertThat((double) correct / second.size()).isGreaterThan(0.9);
        assertThat(r.reductionRatio()).isGreaterThan(0.9);
    }
}
