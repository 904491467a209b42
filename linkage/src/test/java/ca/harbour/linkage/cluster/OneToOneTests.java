package ca.harbour.linkage.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.TestData;
import ca.harbour.linkage.cli.LinkageCli;
import ca.harbour.linkage.engine.BatchLinker;
import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.io.DescriptionReader;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.Record;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OneToOneTests {

    @Test
    void aSmallGroupKeepsTheAssignmentOfLargestTotalWeightNotTheHeaviestPairFirst() {
        // records 0 and 1 on the left, 2 and 3 on the right: 0-2 is the heaviest pair, but 0-3 with 1-2
        // explain the group better together (18 against 10)
        Edges pairs = new Edges();
        pairs.add(0, 2, 10);
        pairs.add(0, 3, 9);
        pairs.add(1, 2, 9);
        Edges kept = OneToOne.assign(pairs, 4, 0);
        assertThat(pairsOf(kept)).containsExactlyInAnyOrder("0-3", "1-2");
    }

    @Test
    void greedyTakesTheHeaviestPairWhoseRecordsAreBothFree() {
        Edges pairs = new Edges();
        pairs.add(0, 2, 10);
        pairs.add(0, 3, 9);
        pairs.add(1, 2, 9);
        pairs.add(1, 3, 1);
        boolean[] kept = new boolean[4];
        OneToOne.greedy(pairs, List.of(0, 1, 2, 3), kept);
        assertThat(kept).containsExactly(true, false, false, true);
    }

    @Test
    void pairsBelowTheThresholdStayOnlyWhereNeitherRecordIsMatched() {
        Edges pairs = new Edges();
        pairs.add(0, 3, 5);
        pairs.add(0, 4, 2);
        pairs.add(1, 4, -1);
        pairs.add(2, 3, -2);
        Edges kept = OneToOne.assign(pairs, 5, 1);
        assertThat(pairsOf(kept)).containsExactlyInAnyOrder("0-3", "1-4");
    }

    @Test
    void linkingOriginalsToTheirDuplicatesKeepsAtMostOneMatchPerRecord() {
        List<Record> originals = new ArrayList<>();
        List<Record> duplicates = new ArrayList<>();
        for (Record r : TestData.febrl1()) {
            (r.id().contains("-org") ? originals : duplicates).add(r);
        }
        // a second catalogue that lists some works twice: an exact copy beside the noisy duplicate
        for (Record r : originals.subList(0, 100)) {
            duplicates.add(new Record("copy-" + r.id(), r.values()));
        }
        DatasetDescription d = TestData.febrlDescription();
        LinkageResult many = new BatchLinker(d, 2).link(originals, duplicates);
        LinkageResult one = new BatchLinker(d.withOneToOne(true), 2).link(originals, duplicates);
        // the plain link matches those originals twice
        assertThat(maxMatchesPerRecord(many)).isGreaterThan(1);
        assertThat(maxMatchesPerRecord(one)).isEqualTo(1);
        assertThat(one.pairs().size()).isLessThan(many.pairs().size());
        int correct = 0;
        for (int k = 0; k < one.pairs().size(); k++) {
            correct +=
                    entity(one, one.pairs().a(k)).equals(entity(one, one.pairs().b(k))) ? 1 : 0;
        }
        assertThat(correct).isEqualTo(one.pairs().size());
    }

    @Test
    void theLinkCommandTakesOneToOneAsAnOption(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(TestData.resource("febrl-dataset1.csv"));
        List<String> originals = new ArrayList<>(List.of(lines.get(0)));
        List<String> others = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            if (line.contains("-org,")) {
                originals.add(line);
                // listed twice in the other file: once as is, once as its noisy duplicate
                others.add(line.replaceFirst("^rec-", "copy-rec-"));
            } else {
                others.add(line);
            }
        }
        Path a = Files.write(dir.resolve("a.csv"), originals);
        Path b = Files.write(dir.resolve("b.csv"), others);
        String config = TestData.resource("febrl.json").toString();
        Path many = dir.resolve("many.csv");
        Path one = dir.resolve("one.csv");
        assertThat(LinkageCli.run(
                        "link",
                        "-q",
                        "-c",
                        config,
                        "-i",
                        a.toString(),
                        "-i",
                        b.toString(),
                        "--out-pairs",
                        many.toString()))
                .isZero();
        assertThat(LinkageCli.run(
                        "link",
                        "-q",
                        "-c",
                        config,
                        "-i",
                        a.toString(),
                        "-i",
                        b.toString(),
                        "--out-pairs",
                        one.toString(),
                        "--one-to-one"))
                .isZero();
        // without the option an original matches its copy and its duplicate; with it, one of them
        assertThat(new HashSet<>(column(many, 0)))
                .hasSizeLessThan(column(many, 0).size());
        assertThat(column(one, 0)).doesNotHaveDuplicates().hasSizeGreaterThan(400);
        assertThat(column(one, 1)).doesNotHaveDuplicates();
    }

    private static List<String> column(Path pairs, int k) throws IOException {
        return Files.readAllLines(pairs).stream()
                .skip(1)
                .map(l -> l.split(",")[k])
                .toList();
    }

    @Test
    void theDescriptionAsksForItWithOneToOne() {
        String json = "{\"id\": \"id\", \"oneToOne\": true, \"fields\": [{\"name\": \"t\", \"kind\": \"text\"}]}";
        assertThat(DescriptionReader.parse(json, "d.json").oneToOne()).isTrue();
        assertThat(DescriptionReader.parse(json.replace("true", "false"), "d.json")
                        .oneToOne())
                .isFalse();
    }

    private static String entity(LinkageResult r, int i) {
        return r.records().get(i).id().replaceAll(".*rec-(\\d+)-.*", "$1");
    }

    private static int maxMatchesPerRecord(LinkageResult r) {
        int[] count = new int[r.records().size()];
        int max = 0;
        for (int k = 0; k < r.pairs().size(); k++) {
            max = Math.max(
                    max, Math.max(++count[r.pairs().a(k)], ++count[r.pairs().b(k)]));
        }
        return max;
    }

    private static Set<String> pairsOf(Edges e) {
        Set<String> out = new HashSet<>();
        for (int k = 0; k < e.size(); k++) {
            out.add(e.a(k) + "-" + e.b(k));
        }
        return out;
    }
}
