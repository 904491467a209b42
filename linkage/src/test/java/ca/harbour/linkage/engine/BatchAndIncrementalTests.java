package ca.harbour.linkage.engine;

import ca.harbour.linkage.TestData;
import ca.harbour.linkage.model.Record;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BatchAndIncrementalTests {

    @Test
    void incrementalLinkingWithTheBatchModelFindsTheSameMatchesAndEntities() {
        List<Record> records = TestData.people(600, 3);
        LinkageResult batch = new BatchLinker(TestData.peopleDescription(), 2).dedupe(records);
        IncrementalLinker live = new IncrementalLinker(batch.model());
        Set<String> incrementalPairs = new HashSet<>();
        for (Record r : records) {
            IncrementalLinker.Added added = live.add(r);
            added.matches().forEach(m -> incrementalPairs.add(m.id() + "|" + r.id()));
        }
        Set<String> batchPairs = new HashSet<>();
        for (int k = 0; k < batch.pairs().size(); k++) {
            batchPairs.add(batch.records().get(batch.pairs().a(k)).id() + "|"
                    + batch.records().get(batch.pairs().b(k)).id());
        }
        assertThat(incrementalPairs).isNotEmpty().isEqualTo(batchPairs);
        for (int i = 0; i < records.size(); i++) {
            assertThat(live.entityOf(records.get(i).id())).as(records.get(i).id()).isEqualTo(batch.entityId(i));
        }
    }

    @Test
    void addingARecordReturnsItsCandidatesMatchesAndEntity() {
        List<Record> records = TestData.people(300, 5);
        LinkageResult batch = new BatchLinker(TestData.peopleDescription(), 1).dedupe(records);
        IncrementalLinker live = new IncrementalLinker(batch.model());
        records.forEach(live::add);
        Record first = records.get(0);
        String[] v = first.values().clone();
        IncrementalLinker.Added added = live.add(new Record("new-1", v));
        assertThat(added.matches()).extracting(IncrementalLinker.Candidate::id).contains(first.id());
        assertThat(added.entityId()).isEqualTo(live.entityOf(first.id()));
        assertThat(added.candidates().size()).isGreaterThanOrEqualTo(added.matches().size());
    }

    @Test
    void sameInputAndSeedGiveTheSameOutputWhateverTheThreadCount() {
        List<Record> records = TestData.people(800, 11);
        LinkageResult one = new BatchLinker(TestData.peopleDescription(), 1).dedupe(records);
        LinkageResult two = new BatchLinker(TestData.peopleDescription(), 2).dedupe(new ArrayList<>(records));
        assertThat(two.comparisons()).isEqualTo(one.comparisons());
        assertThat(two.pairs().size()).isEqualTo(one.pairs().size());
        for (int k = 0; k < one.pairs().size(); k++) {
            assertThat(two.pairs().a(k)).isEqualTo(one.pairs().a(k));
            assertThat(two.pairs().b(k)).isEqualTo(one.pairs().b(k));
            assertThat(two.pairs().weight(k)).isEqualTo(one.pairs().weight(k));
        }
        assertThat(two.entity()).containsExactly(one.entity());
    }

    @Test
    void everyPairScoreIsExplainedFieldByField() {
        List<Record> records = TestData.people(200, 13);
        LinkageResult r = new BatchLinker(TestData.peopleDescription(), 1).dedupe(records);
        var e = r.explain(r.pairs().a(0), r.pairs().b(0));
        double sum = e.priorWeight() + e.fields().stream().mapToDouble(c -> c.weight()).sum();
        assertThat(e.weight()).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e.weight()).isCloseTo(r.pairs().weight(0), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e.fields()).extracting(c -> c.field()).containsExactly("given", "family", "dob", "phone", "city");
    }
}
