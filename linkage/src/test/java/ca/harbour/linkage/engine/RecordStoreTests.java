package ca.harbour.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.linkage.TestData;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.model.Record;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordStoreTests {
    @TempDir
    Path dir;

    private static PreparedRecord record(int i) {
        String big = "x".repeat(i % 7 == 0 ? 5000 : 3);
        return new PreparedRecord(
                i,
                "id-" + i + "-é",
                i % 2,
                new String[] {i % 3 == 0 ? null : "héloïse " + i, "", big, "ᐊᓂᔑᓈᐯ"},
                new String[] {"HLS", null, null, i % 5 == 0 ? null : "ANSN"},
                new long[0]);
    }

    private static void assertSame(PreparedRecord got, PreparedRecord want) {
        assertThat(got.index()).isEqualTo(want.index());
        assertThat(got.id()).isEqualTo(want.id());
        assertThat(got.source()).isEqualTo(want.source());
        assertThat(got.values()).containsExactly(want.values());
        assertThat(got.alt()).containsExactly(want.alt());
    }

    @Test
    void recordsMovedToDiskReadBackAsTheyWereFromManyThreads() throws Exception {
        // 16 KiB segments: many records would straddle two, and must be moved to the next instead
        RecordStore s = new RecordStore(50, 4, dir, 14);
        for (int i = 0; i < 3000; i++) {
            s.append(record(i));
            assertThat(s.onDisk()).isEqualTo(i >= 50);
        }
        s.seal();
        assertThat(s).hasSize(3000);
        try (var files = Files.list(dir)) {
            assertThat(files).as("the file is unlinked once open").isEmpty();
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = IntStream.range(0, 4)
                    .mapToObj(t -> pool.submit(() -> {
                        for (int k = 0; k < 3000; k++) {
                            int i = (k * 7919 + t * 13) % 3000;
                            assertSame(s.get(i), record(i));
                        }
                    }))
                    .<Future<?>>map(f -> f)
                    .toList();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThatThrownBy(() -> s.get(3000)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void recordsOnDiskAreReadOnlyOnceSealedAndMustFitASegment() {
        RecordStore s = new RecordStore(0, 4, dir, 12);
        PreparedRecord small = new PreparedRecord(0, "a", 0, new String[4], new String[4], new long[0]);
        s.append(small);
        assertThatThrownBy(() -> s.get(0)).hasMessageContaining("once sealed");
        PreparedRecord huge = new PreparedRecord(
                1, "b", 0, new String[] {"y".repeat(5000), null, null, null}, new String[4], new long[0]);
        assertThatThrownBy(() -> s.append(huge)).hasMessageContaining("larger than a mapped segment");
        s.append(new PreparedRecord(1, "c", 1, new String[] {"z", null, null, null}, new String[4], new long[0]));
        s.seal();
        assertSame(s.get(0), small);
        assertThat(s.get(1).id()).isEqualTo("c");
        assertThat(s.get(1).values()[0]).isEqualTo("z");
    }

    @Test
    void recordsMustArriveInIndexOrder() {
        RecordStore s = new RecordStore(0, 4, dir);
        s.append(record(0));
        assertThatThrownBy(() -> s.append(record(2))).hasMessageContaining("record 2 appended at 1");
    }

    private static void assertSameResult(LinkageResult a, LinkageResult b) {
        assertThat(b.comparisons()).isEqualTo(a.comparisons());
        assertThat(b.pairs().size()).isEqualTo(a.pairs().size()).isPositive();
        for (int k = 0; k < a.pairs().size(); k++) {
            assertThat(b.pairs().a(k)).isEqualTo(a.pairs().a(k));
            assertThat(b.pairs().b(k)).isEqualTo(a.pairs().b(k));
            assertThat(b.pairs().weight(k)).isEqualTo(a.pairs().weight(k));
        }
        assertThat(b.entity()).containsExactly(a.entity());
        for (int i = 0; i < a.records().size(); i++) {
            assertThat(b.entityId(i)).isEqualTo(a.entityId(i));
        }
    }

    @Test
    void aRunWhoseRecordsSpillToDiskGivesExactlyTheResultOfOneInMemory() {
        List<Record> records = TestData.people(700, 17);
        LinkageResult memory = new BatchLinker(TestData.peopleDescription(), 2).dedupe(records);
        for (int keep : new int[] {0, 333}) {
            LinkageResult disk = new BatchLinker(TestData.peopleDescription(), 2)
                    .recordsInMemory(keep, dir)
                    .dedupe(records);
            assertThat(disk.records()).isInstanceOf(RecordStore.class);
            assertThat(((RecordStore) disk.records()).onDisk()).isTrue();
            assertSameResult(memory, disk);
        }
    }

    @Test
    void linkingWithRecordsOnDiskGivesTheSameResultToo() {
        List<Record> a = TestData.people(300, 21);
        List<Record> b = TestData.people(300, 21).stream()
                .map(r -> new Record("b-" + r.id(), r.values()))
                .toList();
        LinkageResult memory = new BatchLinker(TestData.peopleDescription(), 2).link(a, b);
        LinkageResult disk = new BatchLinker(TestData.peopleDescription(), 2)
                .recordsInMemory(100, dir)
                .link(a, b);
        assertSameResult(memory, disk);
    }
}
