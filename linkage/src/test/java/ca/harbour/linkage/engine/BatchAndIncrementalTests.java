package ca.harbour.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.TestData;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Record;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
            assertThat(live.entityOf(records.get(i).id()))
                    .as(records.get(i).id())
                    .isEqualTo(batch.entityId(i));
        }
    }

    /**
     * Product titles: common words over the key budget (their blocks purged), model codes written two ways,
     * words weighed by their rarity. The live linker with the batch model still finds what the batch found.
     */
    @Test
    void incrementalLinkingOfFreeTextFindsTheBatchMatchesToo() {
        var d = DatasetDescription.of(
                "id",
                List.of(
                        FieldSpec.of("title", "title", FieldKind.TEXT),
                        FieldSpec.of("price", "price", FieldKind.NUMERIC)));
        String[] brands = {"sony", "lg", "samsung", "philips"};
        String[] kinds = {"lcd tv black", "plasma hdtv silver", "digital camera red", "home theater system"};
        SplittableRandom rnd = new SplittableRandom(7);
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String code = "kd" + (char) ('a' + rnd.nextInt(26)) + "-" + (100 + rnd.nextInt(900));
            String title = brands[rnd.nextInt(4)] + " " + code + " " + kinds[rnd.nextInt(4)];
            int price = 50 + rnd.nextInt(2000);
            records.add(new Record("a" + i, new String[] {title, price + ".00"}));
            if (i % 3 == 0) {
                records.add(new Record("b" + i, new String[] {
                    title.replace(code, code.replace("-", "").toUpperCase()).replace(" black", ""), price + ",00 $"
                }));
            }
        }
        LinkageResult batch = new BatchLinker(d, 2).dedupe(records);
        assertThat(batch.index().stopKeys()).isNotEmpty();
        IncrementalLinker live = new IncrementalLinker(batch.model());
        Set<String> incrementalPairs = new HashSet<>();
        for (Record r : records) {
            live.add(r).matches().forEach(m -> incrementalPairs.add(m.id() + "|" + r.id()));
        }
        Set<String> batchPairs = new HashSet<>();
        int relisted = 0;
        for (int k = 0; k < batch.pairs().size(); k++) {
            String a = batch.records().get(batch.pairs().a(k)).id();
            String b = batch.records().get(batch.pairs().b(k)).id();
            batchPairs.add(a + "|" + b);
            relisted += a.substring(1).equals(b.substring(1)) ? 1 : 0;
        }
        assertThat(relisted).as("relisted products found").isGreaterThan(80);
        assertThat(incrementalPairs).isEqualTo(batchPairs);
    }

    @ParameterizedTest(name = "max block size {0}")
    @ValueSource(ints = {0, 6})
    void resumingABatchAnswersAsAddingItsRecordsOneByOneWould(int maxBlockSize) {
        // 0: the default; 6: small enough that batch blocks fill up as later records arrive
        var d = TestData.peopleDescription();
        var description = maxBlockSize == 0
                ? d
                : new DatasetDescription(
                        d.idColumn(), d.fields(), d.threshold(), maxBlockSize, d.maxClusterSize(), d.seed());
        List<Record> records = TestData.people(900, 17);
        List<Record> batchRecords = records.subList(0, 700);
        List<Record> later = new ArrayList<>(records.subList(700, 900));
        // and some later records copied from batch records, so that they join batch entities
        for (int k = 0; k < 40; k++) {
            later.add(new Record("again-" + k, batchRecords.get(k * 17).values().clone()));
        }
        LinkageResult batch = new BatchLinker(description, 2).dedupe(batchRecords);
        IncrementalLinker resumed = IncrementalLinker.resume(batch);
        IncrementalLinker replayed = new IncrementalLinker(batch.model());
        batchRecords.forEach(replayed::add);
        assertThat(resumed.size()).isEqualTo(replayed.size()).isEqualTo(700);
        int joined = 0;
        for (Record r : later) {
            IncrementalLinker.Added a = resumed.add(r);
            IncrementalLinker.Added b = replayed.add(r);
            assertThat(a).as(r.id()).isEqualTo(b);
            if (!a.entityId().equals(r.id()) && batchRecords.stream().anyMatch(x -> x.id().equals(a.entityId()))) {
                joined++;
            }
        }
        assertThat(joined).isGreaterThanOrEqualTo(40);
        for (Record r : records) {
            assertThat(resumed.entityOf(r.id())).as(r.id()).isEqualTo(replayed.entityOf(r.id()));
        }
        assertThat(resumed.entityOf("nobody")).isNull();
    }

    @Test
    void aLinkOfTwoInputsCannotBeResumedAndAKnownIdCannotBeAddedAgain() {
        List<Record> records = TestData.people(200, 19);
        LinkageResult link = new BatchLinker(TestData.peopleDescription(), 1)
                .link(records.subList(0, 100), records.subList(100, 200));
        Assertions.assertThatThrownBy(() -> IncrementalLinker.resume(link))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("de-duplication");
        IncrementalLinker resumed =
                IncrementalLinker.resume(new BatchLinker(TestData.peopleDescription(), 1).dedupe(records));
        Assertions.assertThatThrownBy(() -> resumed.add(records.get(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(records.get(5).id());
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
        assertThat(added.candidates().size())
                .isGreaterThanOrEqualTo(added.matches().size());
    }

    @Test
    void addingForMatchesOnlyFindsTheMatchesAndEntitiesOfAdding() {
        List<Record> records = TestData.people(300, 5);
        LinkageResult batch = new BatchLinker(TestData.peopleDescription(), 1).dedupe(records);
        IncrementalLinker full = new IncrementalLinker(batch.model());
        IncrementalLinker quiet = new IncrementalLinker(batch.model());
        int matched = 0;
        for (Record r : records) {
            List<IncrementalLinker.Candidate> expected = full.add(r).matches();
            assertThat(quiet.addForMatches(r)).isEqualTo(expected);
            matched += expected.isEmpty() ? 0 : 1;
        }
        assertThat(matched).isGreaterThan(10);
        for (Record r : records) {
            assertThat(quiet.entityOf(r.id())).isEqualTo(full.entityOf(r.id()));
        }
        Assertions.assertThatThrownBy(() -> quiet.addForMatches(records.get(0)))
                .isInstanceOf(IllegalArgumentException.class);
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
        double sum = e.priorWeight()
                + e.fields().stream().mapToDouble(c -> c.weight()).sum();
        assertThat(e.weight()).isCloseTo(sum, Assertions.within(1e-9));
        assertThat(e.weight()).isCloseTo(r.pairs().weight(0), Assertions.within(1e-9));
        assertThat(e.fields()).extracting(c -> c.field()).containsExactly("given", "family", "dob", "phone", "city");
    }
}
