package ca.harbour.intelligence.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.intelligence.internal.ads.AdFormat;
import ca.harbour.intelligence.internal.ads.AdReader;
import ca.harbour.intelligence.internal.ads.AdRecord;
import ca.harbour.intelligence.internal.ads.LineProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading CSV and JSON lines a record at a time: good lines become ads, bad ones a code and a line number. */
class AdReaderTests {

    private static List<AdRecord.Checked> read(byte[] bytes, AdFormat format) throws IOException {
        List<AdRecord.Checked> out = new ArrayList<>();
        try (AdReader reader = new AdReader(new ByteArrayInputStream(bytes), format, 10_000_000)) {
            AdRecord.Checked c;
            while ((c = reader.next()) != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<AdRecord.Checked> read(String text, AdFormat format) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), format);
    }

    private static String code(AdRecord.Checked c) {
        return ((AdRecord.Refused) c).problem().code();
    }

    @Test
    void csvWithQuotedCommasLineBreaksAndListsIsRead() throws IOException {
        String csv = "ad_id,site,posted_at,title,body,phones,city,price\r\n"
                + "a1,Example,2026-03-01T10:00:00Z,\"Hi, there\",\"line one\nline \"\"two\"\"\",416 555 0123;647-555-0199,Toronto,150\r\n";
        List<AdRecord.Checked> all = read(csv, AdFormat.CSV);
        assertThat(all).hasSize(1);
        AdRecord ad = ((AdRecord.Ok) all.get(0)).ad();
        assertThat(ad.site()).isEqualTo("example");
        assertThat(ad.title()).isEqualTo("Hi, there");
        assertThat(ad.body()).isEqualTo("line one\nline \"two\"");
        assertThat(ad.phones()).containsExactly("416 555 0123", "647-555-0199");
        assertThat(ad.price()).isEqualByComparingTo("150");
    }

    @Test
    void badCsvLinesAreReportedByLineAndTheOthersRead() throws IOException {
        String csv = "ad_id,site,posted_at,body,price\n"
                + ",s,,text,\n"
                + "a2,s,yesterday,text,\n"
                + "a3,s,,text,cheap\n"
                + "a4,s,,text\n"
                + "a5,s,2026-03-01,ok,12.50\n";
        List<AdRecord.Checked> all = read(csv, AdFormat.CSV);
        assertThat(all).hasSize(5);
        assertThat(code(all.get(0))).isEqualTo(LineProblem.MISSING_ID);
        assertThat(((AdRecord.Refused) all.get(0)).problem().line()).isEqualTo(2);
        assertThat(code(all.get(1))).isEqualTo(LineProblem.BAD_DATE);
        assertThat(code(all.get(2))).isEqualTo(LineProblem.BAD_PRICE);
        assertThat(code(all.get(3))).isEqualTo(LineProblem.COLUMN_COUNT);
        assertThat(all.get(4)).isInstanceOf(AdRecord.Ok.class);
    }

    @Test
    void jsonLinesTakeListsAsArraysOrStrings() throws IOException {
        String jsonl = "{\"ad_id\": 7, \"site\": \"s\", \"phones\": [\"416 555 0123\"], \"emails\": \"a@b.ca|c@d.ca\","
                + " \"price\": 80}\n\n{\"ad_id\": \"8\", \"site\": \"s\"\n[1,2]\n";
        List<AdRecord.Checked> all = read(jsonl, AdFormat.JSONL);
        assertThat(all).hasSize(3);
        AdRecord ad = ((AdRecord.Ok) all.get(0)).ad();
        assertThat(ad.sourceId()).isEqualTo("7");
        assertThat(ad.phones()).containsExactly("416 555 0123");
        assertThat(ad.emails()).containsExactly("a@b.ca", "c@d.ca");
        assertThat(code(all.get(1))).isEqualTo(LineProblem.MALFORMED_JSON);
        assertThat(((AdRecord.Refused) all.get(1)).problem().line()).isEqualTo(3);
        assertThat(code(all.get(2))).isEqualTo(LineProblem.MALFORMED_JSON);
    }

    @Test
    void aLineInAnotherEncodingIsAProblemNotGarbledText() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"ad_id\":\"1\",\"site\":\"s\",\"body\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(
                "{\"ad_id\":\"2\",\"site\":\"s\",\"body\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        List<AdRecord.Checked> all = read(bytes.toByteArray(), AdFormat.JSONL);
        assertThat(((AdRecord.Ok) all.get(0)).ad().body()).isEqualTo("café");
        assertThat(code(all.get(1))).isEqualTo(LineProblem.ENCODING);
    }

    @Test
    void aHugeBodyOrLineIsRefusedAndReadingGoesOn() throws IOException {
        String big = "x".repeat(AdRecord.MAX_BODY + 1);
        String huge = "y".repeat(AdReader.MAX_RECORD_BYTES + 10);
        String jsonl = "{\"ad_id\":\"1\",\"site\":\"s\",\"body\":\"" + big + "\"}\n"
                + "{\"ad_id\":\"2\",\"site\":\"s\",\"body\":\"" + huge + "\"}\n"
                + "{\"ad_id\":\"3\",\"site\":\"s\"}\n";
        List<AdRecord.Checked> all = read(jsonl, AdFormat.JSONL);
        assertThat(code(all.get(0))).isEqualTo(LineProblem.TOO_LONG);
        assertThat(((AdRecord.Refused) all.get(0)).problem().field()).isEqualTo("body");
        assertThat(code(all.get(1))).isEqualTo(LineProblem.LINE_TOO_LONG);
        assertThat(all.get(2)).isInstanceOf(AdRecord.Ok.class);
    }

    @Test
    void aFileThatIsNotAdsOrTooLargeIsRefusedWhole() {
        assertThatThrownBy(() -> read("name,age\nAmy,3\n", AdFormat.CSV))
                .isInstanceOf(AdReader.FileRefused.class)
                .hasMessage("notAds");
        assertThatThrownBy(() -> read("ad_id,site\n1,s\n", AdFormat.JSONL)).hasMessage("notAds");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, '\n'}, AdFormat.CSV))
                .hasMessage("notAds");
        assertThatThrownBy(() -> {
                    try (AdReader r = new AdReader(
                            new ByteArrayInputStream("ad_id,site\n1,s\n2,s\n".getBytes(StandardCharsets.UTF_8)),
                            AdFormat.CSV,
                            12)) {
                        while (r.next() != null) {
                            // read on
                        }
                    }
                })
                .hasMessage("tooLarge");
    }

    @Test
    void theSameAdHasTheSameContentHashAndAnEditChangesIt() throws IOException {
        String a = "{\"ad_id\":\"1\",\"site\":\"s\",\"body\":\"hello\"}\n";
        String b = "{\"ad_id\":\"1\",\"site\":\"S\",\"body\":\" hello \"}\n";
        String c = "{\"ad_id\":\"1\",\"site\":\"s\",\"body\":\"hello!\"}\n";
        byte[] ha = ((AdRecord.Ok) read(a, AdFormat.JSONL).get(0)).ad().contentHash();
        assertThat(((AdRecord.Ok) read(b, AdFormat.JSONL).get(0)).ad().contentHash())
                .isEqualTo(ha);
        assertThat(((AdRecord.Ok) read(c, AdFormat.JSONL).get(0)).ad().contentHash())
                .isNotEqualTo(ha);
    }
}
