package ca.harbour.linkage.block;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.engine.RecordPreparer;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.score.Comparisons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockingTests {
    @TempDir
    Path dir;

    private static final DatasetDescription PEOPLE = DatasetDescription.of(
            "id",
            List.of(
                    FieldSpec.of("given", "given", FieldKind.GIVEN_NAME),
                            FieldSpec.of("family", "family", FieldKind.FAMILY_NAME),
                    FieldSpec.of("dob", "dob", FieldKind.DATE), FieldSpec.of("city", "city", FieldKind.CITY)));

    private static PreparedRecord prep(DatasetDescription d, int i, String... v) {
        return new RecordPreparer(d).prepare(i, 0, new Record("r" + i, v));
    }

    private static final String[] GIVEN = {"anne", "marie", "jean", "luc", "anne", "ann"};
    private static final String[] FAMILY = {"roy", "roy", "tremblay", "gagnon", "roi", "roy"};

    /**
     * {@code n} people cycling through a few given names, family names (each for {@code familyRun} records
     * in a row), birth dates, and a city on every other record.
     */
    private static List<PreparedRecord> people(int n, int familyRun) {
        List<PreparedRecord> rs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rs.add(prep(
                    PEOPLE,
                    i,
                    GIVEN[i % 6],
                    FAMILY[(i / familyRun) % 6],
                    "1990-01-0" + (i % 9 + 1),
                    i % 2 == 0 ? "laval" : null));
        }
        return rs;
    }

    private static boolean shareKey(PreparedRecord a, PreparedRecord b) {
        Set<Long> ka = new HashSet<>();
        for (long k : a.keys()) {
            ka.add(k);
        }
        for (long k : b.keys()) {
            if (ka.contains(k)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void recordsAgreeingPhoneticallyOnTwoFieldsShareAKeyDespiteTypos() {
        PreparedRecord a = prep(PEOPLE, 0, "Catherine", "Smith", "1980-02-03", "Montréal");
        PreparedRecord b = prep(PEOPLE, 1, "Kathy", "Smyth", "1981-02-03", "Montreal");
        assertThat(shareKey(a, b)).isTrue();
    }

    @Test
    void swappedGivenAndFamilyNamesShareAKeyAndCompareAsAgreeing() {
        PreparedRecord a = prep(PEOPLE, 0, "Logan", "Ferguson", null, null);
        PreparedRecord b = prep(PEOPLE, 1, "Ferguson", "Logan", null, null);
        assertThat(shareKey(a, b)).isTrue();
        var c = new Comparisons(PEOPLE.fields());
        int[] levels = new int[4];
        c.compare(a, b, levels);
        assertThat(levels[0]).isEqualTo(3);
        assertThat(levels[1]).isEqualTo(3);
    }

    @Test
    void aFamilyNameInTheGivenNameBoxAgreesWithTheOtherRecordsFamilyNameWhenAnotherNameIsMissing() {
        var c = new Comparisons(PEOPLE.fields());
        int[] levels = new int[4];
        // "Bradley" typed as the given name, no family name: crossed, it agrees with the other's family name
        c.compare(
                prep(PEOPLE, 0, "Bradley", null, null, null),
                prep(PEOPLE, 1, "Freddie", "Bradley", null, null),
                levels);
        assertThat(levels[0]).isEqualTo(3);
        assertThat(levels[1]).isEqualTo(Comparisons.MISSING);
        // a mistyped one is close, from either side
        c.compare(prep(PEOPLE, 0, "Alfie", "Kelly", null, null), prep(PEOPLE, 1, null, "Kelyl", null, null), levels);
        assertThat(levels[0]).isEqualTo(Comparisons.MISSING);
        assertThat(levels[1]).isBetween(1, 2);
        // with nothing to gain the straight reading stays: the given names agree, the family is unknown
        c.compare(prep(PEOPLE, 0, "James", "Brown", null, null), prep(PEOPLE, 1, "James", null, null, null), levels);
        assertThat(levels[0]).isEqualTo(3);
        assertThat(levels[1]).isEqualTo(Comparisons.MISSING);
        // and different names stay different
        c.compare(prep(PEOPLE, 0, null, "Smith", null, null), prep(PEOPLE, 1, "Jones", "Brown", null, null), levels);
        assertThat(levels[0]).isEqualTo(Comparisons.MISSING);
        assertThat(levels[1]).isEqualTo(0);
    }

    @Test
    void theSameUserNameAtAMistypedDomainSharesAKeyButAShortOneDoesNot() {
        DatasetDescription d = DatasetDescription.of(
                "id",
                List.of(
                        FieldSpec.of("given", "given", FieldKind.GIVEN_NAME),
                        FieldSpec.of("email", "email", FieldKind.EMAIL)));
        PreparedRecord a = prep(d, 0, "Samuel", "samuelcampbell35@hebert.com");
        PreparedRecord b = prep(d, 1, "Oscar", "SamuelCampbell35@hebe3r.com");
        assertThat(shareKey(a, b)).isTrue();
        PreparedRecord c = prep(d, 2, "Samuel", "ab@hebert.com");
        PreparedRecord e = prep(d, 3, "Oscar", "ab@lee.com");
        assertThat(shareKey(c, e)).isFalse();
        assertThat(AtomBlocker.localPart("oa14@lee.com")).isEqualTo("oa14");
        assertThat(AtomBlocker.localPart("ab@lee.com")).isNull();
        assertThat(AtomBlocker.localPart(null)).isNull();
    }

    @Test
    void nicknamesBlockTogetherWithTheirFullName() {
        PreparedRecord a = prep(PEOPLE, 0, "Robert", "Tremblay", null, null);
        PreparedRecord b = prep(PEOPLE, 1, "Bob", "Tremblay", null, null);
        assertThat(a.alt()[0]).isEqualTo(b.alt()[0]);
        assertThat(shareKey(a, b)).isTrue();
    }

    @Test
    void similarFreeTextSharesAMinHashBandAndUnrelatedTextDoesNot() {
        DatasetDescription d = DatasetDescription.of("id", List.of(FieldSpec.of("t", "t", FieldKind.TEXT)));
        PreparedRecord a = prep(d, 0, "young woman seen at the bus terminal with two older men from out of town");
        PreparedRecord b = prep(d, 1, "young woman seen at bus terminal with two older men from out of town");
        PreparedRecord c = prep(d, 2, "invoice for catering services rendered in march");
        assertThat(shareKey(a, b)).isTrue();
        assertThat(shareKey(a, c)).isFalse();
    }

    /** Two shops' titles of one product share only its model code, written two ways. */
    @Test
    void textsSharingOnlyARareWordShareAKeyEvenWrittenTogether() {
        DatasetDescription d = DatasetDescription.of("id", List.of(FieldSpec.of("t", "t", FieldKind.TEXT)));
        PreparedRecord a = prep(d, 0, "Sony KDL-32L5000 32\" LCD TV, black");
        PreparedRecord b = prep(d, 1, "KDL32L5000 Bravia television");
        PreparedRecord c = prep(d, 2, "Bravia television 46 inch");
        assertThat(shareKey(a, b)).isTrue();
        assertThat(shareKey(b, c)).isTrue();
        assertThat(shareKey(a, c)).isFalse();
    }

    @Test
    void oversizedBlocksBecomeStopKeysAndCostlyKeyTypesAreDropped() {
        List<PreparedRecord> rs = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            rs.add(prep(PEOPLE, i, "name" + i, "family" + i, null, "Toronto"));
        }
        BlockIndex index = BlockIndex.build(rs, 500, BlockIndex.defaultTypeBudget(rs.size()));
        assertThat(index.stopKeys()).isNotEmpty();
        assertThat(index.shareBlock(0, 1)).isFalse();
        List<Integer> seen = new ArrayList<>();
        index.candidates(1199, 1199, new BlockIndex.Scratch(), seen::add);
        assertThat(seen).isEmpty();
    }

    /**
     * A key type over its budget keeps its smallest blocks: two records with a rare family name still
     * share one, where the common names' blocks are stop keys.
     */
    @Test
    void aKeyTypeOverItsBudgetKeepsItsSmallestBlocks() {
        List<PreparedRecord> rs = new ArrayList<>();
        for (int i = 0; i < 396; i++) {
            rs.add(prep(PEOPLE, i, "given" + i, i % 2 == 0 ? "roy" : "tremblay", null, null));
        }
        rs.add(prep(PEOPLE, 396, "given396", "zabinski", null, null));
        rs.add(prep(PEOPLE, 397, "given397", "zabinski", null, null));
        BlockIndex index = BlockIndex.build(rs, 500, 1_000);
        assertThat(index.shareBlock(396, 397)).isTrue();
        assertThat(index.shareBlock(0, 2)).isFalse();
        assertThat(index.stopKeys()).isNotEmpty();
        assertThat(BlockIndex.build(rs, 500, Long.MAX_VALUE).shareBlock(0, 2)).isTrue();
    }

    @Test
    void candidatesAreVisitedOnceEachAndOnlyFromEarlierRecords() {
        List<PreparedRecord> rs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rs.add(prep(PEOPLE, i, "anne", "roy", "1990-01-01", "laval"));
        }
        BlockIndex index = BlockIndex.build(rs, 500);
        List<Integer> seen = new ArrayList<>();
        index.candidates(3, 3, new BlockIndex.Scratch(), seen::add);
        assertThat(seen).containsExactly(0, 1, 2);
    }

    @Test
    void candidatesAreTheEarlierRecordsSharingABlockInAscendingOrder() {
        List<PreparedRecord> rs = people(300, 7);
        BlockIndex index = BlockIndex.build(rs, 50, 5_000);
        BlockIndex.Scratch scratch = new BlockIndex.Scratch();
        long total = 0;
        for (int i = 0; i < rs.size(); i++) {
            List<Integer> expected = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (index.shareBlock(i, j)) {
                    expected.add(j);
                }
            }
            List<Integer> seen = new ArrayList<>();
            index.candidates(i, i, scratch, seen::add);
            assertThat(seen).as("candidates of %d", i).isEqualTo(expected);
            total += seen.size();
        }
        assertThat(total).as("records share blocks").isPositive();
    }

    @Test
    void anIndexBuiltFromKeyEntriesInAnyOrderOrInFilesEqualsOneBuiltFromTheRecords() throws IOException {
        List<PreparedRecord> rs = people(600, 6);
        BlockIndex fromRecords = BlockIndex.build(rs, 50, 5_000);
        // in reverse order, and in chunks of 64 entries, merged while the index is built
        BlockKeys entries = new BlockKeys(64);
        for (int i = rs.size() - 1; i >= 0; i--) {
            entries.add(i, rs.get(i).keys());
        }
        assertThat(entries.size()).isGreaterThan(64 * 20);
        BlockIndex fromEntries = BlockIndex.build(entries, rs.size(), 50, 5_000);
        assertThat(entries.size()).isZero();
        assertThat(fromEntries.blocks()).isEqualTo(fromRecords.blocks()).isPositive();
        assertThat(fromEntries.stopKeys()).containsExactly(fromRecords.stopKeys());
        assertThat(fromEntries.droppedTypes()).containsExactly(fromRecords.droppedTypes());
        // and once more with every full chunk sorted into a temporary file
        BlockKeys spilled = new BlockKeys(64).spillBeyond(0, dir);
        for (int i = rs.size() - 1; i >= 0; i--) {
            spilled.add(i, rs.get(i).keys());
        }
        try (var files = Files.list(dir)) {
            assertThat(files).as("the file is unlinked once open").isEmpty();
        }
        BlockIndex fromFile = BlockIndex.build(spilled, rs.size(), 50, 5_000);
        assertThat(fromFile.blocks()).isEqualTo(fromRecords.blocks());
        assertThat(fromFile.stopKeys()).containsExactly(fromRecords.stopKeys());
        assertSameCandidates(fromRecords, fromFile, rs.size());
        assertSameCandidates(fromRecords, fromEntries, rs.size());
        // and with the index's own arrays in a mapped file (no room for any of them on the heap)
        BlockKeys again = new BlockKeys(64);
        for (int i = 0; i < rs.size(); i++) {
            again.add(i, rs.get(i).keys());
        }
        BlockIndex mapped = BlockIndex.build(again, rs.size(), 50, 5_000, 0, dir);
        try (var files = Files.list(dir)) {
            assertThat(files).as("the index file is unlinked once open").isEmpty();
        }
        assertThat(mapped.blocks()).isEqualTo(fromRecords.blocks());
        assertSameCandidates(fromRecords, mapped, rs.size());
        for (int i = 0; i < rs.size(); i += 7) {
            assertThat(mapped.shareBlock(i, (i * 31) % rs.size()))
                    .isEqualTo(fromRecords.shareBlock(i, (i * 31) % rs.size()));
        }
    }

    @Test
    void chunksLargerThanTheWriteBufferAreSpilledWhole() throws IOException {
        List<PreparedRecord> rs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String suffix = "" + (char) ('a' + i % 25) + (char) ('a' + (i / 25) % 8);
            rs.add(prep(PEOPLE, i, GIVEN[i % 6] + suffix, FAMILY[(i / 6) % 6], "1990-01-0" + (i % 9 + 1), "laval"));
        }
        // chunks of 2^15 entries, written to the file in pieces of 2^14
        BlockKeys spilled = new BlockKeys(1 << 15).spillBeyond(0, dir);
        for (PreparedRecord r : rs) {
            spilled.add(r.index(), r.keys());
        }
        assertThat(spilled.size()).isGreaterThan(1 << 15);
        BlockIndex fromRecords = BlockIndex.build(rs, 200, 1_000_000);
        BlockIndex fromFile = BlockIndex.build(spilled, rs.size(), 200, 1_000_000);
        assertThat(fromFile.blocks()).isEqualTo(fromRecords.blocks()).isPositive();
        assertThat(fromFile.stopKeys()).containsExactly(fromRecords.stopKeys());
        assertSameCandidates(fromRecords, fromFile, rs.size());
    }

    @Test
    void anIndexInAFileWorksWithNoBlockAtAll() {
        BlockKeys none = new BlockKeys(64);
        none.add(0, new long[] {1});
        none.add(1, new long[] {2});
        BlockIndex index = BlockIndex.build(none, 2, 50, 5_000, 0, dir);
        assertThat(index.blocks()).isZero();
        List<Integer> seen = new ArrayList<>();
        index.candidates(1, 1, new BlockIndex.Scratch(), seen::add);
        assertThat(seen).isEmpty();
        assertThat(index.shareBlock(0, 1)).isFalse();
    }

    private static void assertSameCandidates(BlockIndex expected, BlockIndex actual, int n) {
        for (int i = 0; i < n; i++) {
            List<Integer> a = new ArrayList<>();
            List<Integer> b = new ArrayList<>();
            expected.candidates(i, i, new BlockIndex.Scratch(), a::add);
            actual.candidates(i, i, new BlockIndex.Scratch(), b::add);
            assertThat(b).as("candidates of %d", i).isEqualTo(a);
        }
    }
}
