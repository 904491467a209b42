package ca.harbour.linkage.block;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.engine.BatchLinker;
import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.engine.RecordPreparer;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Record;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SortedNeighbourhoodTests {
    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of("dob", "dob", FieldKind.DATE),
            FieldSpec.of("given", "given", FieldKind.GIVEN_NAME),
            FieldSpec.of("family", "family", FieldKind.FAMILY_NAME));
    private static final SortedNeighbourhood SN = new SortedNeighbourhood(FIELDS);

    private static long key(String dob, String given, String family) {
        return SN.sortKey(new String[] {dob, given, family});
    }

    @Test
    void theSortingKeyIsFamilyThenGivenNameAndSortsLikeTheText() {
        assertThat(key(null, "john", "smith"))
                .isLessThan(key(null, "john", "smithe"))
                .isGreaterThan(key(null, "anna", "smith"))
                .isGreaterThan(key(null, "zoe", "smit"));
        assertThat(key(null, "john", null)).isEqualTo(-1);
        assertThat(key(null, null, "smith")).isGreaterThanOrEqualTo(0);
        // eight characters count, then a hash of all values breaks ties
        assertThat(key(null, "x", "abcdefghij") >>> 12).isEqualTo(key("1980-01-01", "y", "abcdefghik") >>> 12);
        assertThat(key("1980-01-01", "a", "b")).isNotEqualTo(key("1980-01-02", "a", "b"));
        assertThat(key("1980-01-01", "a", "b")).isEqualTo(key("1980-01-01", "a", "b"));
    }

    @Test
    void noTextFieldMeansNoSortingKey() {
        assertThat(new SortedNeighbourhood(List.of(
                                FieldSpec.of("dob", "dob", FieldKind.DATE),
                                FieldSpec.of("phone", "phone", FieldKind.PHONE)))
                        .sortKey(new String[] {"19800101", "+14165550123"}))
                .isEqualTo(-1);
    }

    @Test
    void boundariesCutTheOrderEveryStepAndKeepEqualKeysTogether() {
        long[] keys = {50, 10, 20, 20, 20, 20, 30, 40, 60};
        long[] b = SortedNeighbourhood.boundaries(keys);
        // sorted: 10 20 20 20 20 30 40 50 60; intervals of at least two, equal keys together:
        // [10 20 20 20 20] [30 40] [50 60]
        assertThat(b).containsExactly(30, 50);
        assertThat(SortedNeighbourhood.boundaries(new long[] {7, 7, 7, 7})).isEmpty();
        assertThat(SortedNeighbourhood.boundaries(new long[0])).isEmpty();
    }

    private static Set<Long> blocks(Blocker blocker, String given, String family) {
        Set<Long> out = new HashSet<>();
        blocker.keys(new String[] {null, given, family}, new String[3], out::add);
        return out;
    }

    @Test
    void neighboursInTheSortedOrderShareABlockAndDistantRecordsDoNot() {
        String[] family = {"abbott", "adams", "allen", "baker", "brown", "clark", "davis", "evans", "green", "hall"};
        long[] keys = new long[family.length];
        for (int i = 0; i < family.length; i++) {
            keys[i] = key(null, "x", family[i]);
        }
        Blocker blocker = SN.blocker(SortedNeighbourhood.boundaries(keys.clone()));
        for (int i = 0; i + 1 < family.length; i++) {
            Set<Long> a = blocks(blocker, "x", family[i]);
            assertThat(a)
                    .hasSize(2)
                    .allSatisfy(k -> assertThat(AtomBlocker.typeOf(k)).isEqualTo(SortedNeighbourhood.TYPE));
            Set<Long> next = new HashSet<>(blocks(blocker, "x", family[i + 1]));
            next.retainAll(a);
            assertThat(next).as(family[i] + " and " + family[i + 1]).isNotEmpty();
            int away = 2 * SortedNeighbourhood.STEP;
            if (i + away < family.length) {
                Set<Long> far = new HashSet<>(blocks(blocker, "x", family[i + away]));
                far.retainAll(a);
                assertThat(far).as(family[i] + " and " + family[i + away]).isEmpty();
            }
        }
        assertThat(blocks(blocker, "x", null)).isEmpty();
    }

    @Test
    void theBatchRunFindsAPairThatOnlySortedNeighbourhoodBlocks() {
        // Different birth dates, given names that neither match nor sound alike, and family names with a typo
        // (h -> j) that changes their phonetic key: no whole-value key is shared, but they sort side by side.
        List<Record> records = new ArrayList<>();
        records.add(new Record("a", new String[] {"1961-03-04", "Tracy", "Washington"}));
        records.add(new Record("b", new String[] {"1971-08-19", "Denise", "Wasjington"}));
        String[] others = {"Martin", "Tremblay", "Gagnon", "Roy", "Fortin", "Lavoie", "Morin", "Bouchard"};
        for (int i = 0; i < 40; i++) {
            records.add(new Record("o" + i, new String[] {
                String.format("19%02d-%02d-%02d", 40 + i, 1 + i % 12, 1 + i % 28),
                "Person" + (char) ('a' + i % 26),
                others[i % others.length] + (char) ('a' + i / 8)
            }));
        }
        DatasetDescription d = DatasetDescription.of("id", FIELDS);
        RecordPreparer p = new RecordPreparer(d);
        Set<Long> a = new HashSet<>();
        for (long k : p.prepare(0, 0, records.get(0)).keys()) {
            a.add(k);
        }
        for (long k : p.prepare(1, 0, records.get(1)).keys()) {
            assertThat(a).as("keys of whole values").doesNotContain(k);
        }
        LinkageResult r = new BatchLinker(d, 1).outputThreshold(1e-12).dedupe(records);
        assertThat(r.index().shareBlock(0, 1)).isTrue();
        assertThat(r.model().sortedBoundaries()).isNotEmpty().isSorted();
    }
}
