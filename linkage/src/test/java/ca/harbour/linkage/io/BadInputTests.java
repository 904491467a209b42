package ca.harbour.linkage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.linkage.TestData;
import ca.harbour.linkage.cli.LinkageCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTests {
    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRaggedRowIsReportedWithFileAndRow() throws IOException {
        Path p = file("ragged.csv", "id,given,family,dob,phone,city\n1,a,b,c,d,e\n2,a,b\n");
        assertThatThrownBy(() -> RecordSource.read(p, TestData.peopleDescription()))
                .isInstanceOf(LinkageInputException.class)
                .hasMessageContaining("ragged.csv")
                .hasMessageContaining("row 3")
                .hasMessageContaining("3 fields");
    }

    @Test
    void aRepeatedRecordIdIsReportedWithBothRows() throws IOException {
        Path p = file("twice.csv", "id,given,family,dob,phone,city\n1,a,b,,,x\n2,c,d,,,y\n1,e,f,,,z\n");
        assertThatThrownBy(() -> RecordSource.read(p, TestData.peopleDescription()))
                .isInstanceOf(LinkageInputException.class)
                .hasMessageContaining("twice.csv")
                .hasMessageContaining("row 4")
                .hasMessageContaining("duplicate record id '1' (first at row 2)");
        try (RecordSource.Stream s = RecordSource.open(p, TestData.peopleDescription())) {
            assertThat(s.next().id()).isEqualTo("1");
            assertThat(s.next().id()).isEqualTo("2");
            assertThatThrownBy(s::hasNext)
                    .isInstanceOf(LinkageInputException.class)
                    .hasMessageContaining("twice.csv")
                    .hasMessageContaining("row 4")
                    .hasMessageContaining("duplicate record id '1' (first at row 2)");
        }
    }

    @Test
    void idHashesTellNewIdsFromRepeatsAcrossGrowth() {
        IdHashes h = new IdHashes();
        for (int i = 0; i < 100_000; i++) {
            assertThat(h.add("rec-" + i)).isTrue();
        }
        for (int i = 0; i < 100_000; i++) {
            assertThat(h.add("rec-" + i)).as("rec-%d again", i).isFalse();
        }
        assertThat(h.add("rec-100000")).isTrue();
    }

    @Test
    void aMissingColumnIsReportedByName() throws IOException {
        Path p = file("nocity.csv", "id,given,family,dob,phone\n1,a,b,c,d\n");
        assertThatThrownBy(() -> RecordSource.read(p, TestData.peopleDescription()))
                .isInstanceOf(LinkageInputException.class)
                .hasMessageContaining("nocity.csv")
                .hasMessageContaining("column 'city'")
                .hasMessageContaining("missing");
    }

    @Test
    void invalidUtf8IsReportedWithFileAndRow() throws IOException {
        byte[] head = "id,given,family,dob,phone,city\n1,a,b,c,d,e\n2,".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] tail = ",b,c,d,e\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Path p = file("latin.csv", all);
        assertThatThrownBy(() -> RecordSource.read(p, TestData.peopleDescription()))
                .isInstanceOf(LinkageInputException.class)
                .hasMessageContaining("latin.csv")
                .hasMessageContaining("row 3")
                .hasMessageContaining("UTF-8")
                .hasMessageContaining("--encoding windows-1252")
                .hasMessageContaining("iconv -f windows-1252 -t utf-8");
    }

    @Test
    void anEmptyFileIsReportedAsEmpty() throws IOException {
        Path p = file("empty.csv", "");
        assertThatThrownBy(() -> RecordSource.read(p, TestData.peopleDescription()))
                .isInstanceOf(LinkageInputException.class)
                .hasMessageContaining("empty.csv")
                .hasMessageContaining("empty");
    }

    /** A spreadsheet saved as CSV in French separates with semicolons, its decimal mark being the comma. */
    @Test
    void aHeaderWithSemicolonsOrTabsAndNoCommaGivesTheSeparator() throws IOException {
        Path semi = file("fr.csv", "id;given;family;dob;phone;city\n1;Anne;Roy;1,5;\"a;b\";Laval\n");
        assertThat(RecordSource.read(semi, TestData.peopleDescription()).get(0).values())
                .containsExactly("Anne", "Roy", "1,5", "a;b", "Laval");
        Path tabs = file("t.tsv", "id\tgiven\tfamily\tdob\tphone\tcity\n1\tAnne\tRoy, Jr\t\t\tLaval\n");
        assertThat(RecordSource.read(tabs, TestData.peopleDescription()).get(0).values())
                .containsExactly("Anne", "Roy, Jr", null, null, "Laval");
        // a comma in the header decides, whatever the quoted names hold
        Path comma = file("c.csv", "id,given,\"family;name\",dob,phone,city\n1,Anne,Roy;Roi,,,Laval\n");
        assertThat(new CsvReader(comma).header()).containsExactly("id", "given", "family;name", "dob", "phone", "city");
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        Path p = file("quoted.csv", "id,given,family,dob,phone,city\n1,\"a, b\",\"say \"\"hi\"\"\",x,\"1\n2\",\n");
        var records = RecordSource.read(p, TestData.peopleDescription());
        assertThat(records).hasSize(1);
        assertThat(records.get(0).values()).containsExactly("a, b", "say \"hi\"", "x", "1\n2", null);
    }

    @Test
    void theCliExitsWithCodeTwoAndNamesTheColumnADescriptionGetsWrong() throws IOException {
        Path csv = file("people.csv", "id,given\n1,a\n");
        Path cfg = file("d.json", "{\"id\": \"id\", \"fields\": [{\"name\": \"surname\", \"kind\": \"family_name\"}]}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = LinkageCli.run("dedupe", "--config", cfg.toString(), "--input", csv.toString(), "-q");
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("people.csv").contains("column 'surname'");
    }

    @Test
    void aDescriptionWithAnUnknownKindOrBadJsonIsRejectedClearly() {
        assertThatThrownBy(() -> DescriptionReader.parse(
                        "{\"id\": \"x\", \"fields\": [{\"name\": \"a\", \"kind\": \"colour\"}]}", "d.json"))
                .hasMessageContaining("d.json")
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> DescriptionReader.parse("{\"id\": \"x\",\n \"fields\": [}", "e.json"))
                .hasMessageContaining("e.json")
                .hasMessageContaining("line 2");
    }
}
