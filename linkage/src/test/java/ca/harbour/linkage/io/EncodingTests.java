package ca.harbour.linkage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue #20: Latin-1 and Windows-1252 files, common in published benchmarks, needed iconv first. */
class EncodingTests {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static CsvReader reader(byte[] bytes, Charset charset) {
        return new CsvReader(new ByteArrayInputStream(bytes), "people.csv", charset);
    }

    @Test
    void aLatin1FileIsReadWhenItsEncodingIsGiven() {
        byte[] latin1 = "id,name\n1,Günther Müller\n2,Hélène Côté\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvReader r = reader(latin1, StandardCharsets.ISO_8859_1);
        assertThat(r.next()).containsExactly("1", "Günther Müller");
        assertThat(r.next()).containsExactly("2", "Hélène Côté");
        assertThat(r.next()).isNull();
    }

    @Test
    void windows1252ReadsItsQuotesAndEuroSign() {
        byte[] bytes = "id,name\n1,O’Brien – 5 €\n".getBytes(CP1252);
        assertThat(reader(bytes, CP1252).next()).containsExactly("1", "O’Brien – 5 €");
    }

    @Test
    void aByteTheEncodingDoesNotDefineIsAnErrorNamingTheRowInBothLanguages() {
        // 0x81 is defined in neither UTF-8 (alone) nor windows-1252
        byte[] bytes = {'i', 'd', ',', 'n', '\n', '1', ',', 'a', '\n', '2', ',', (byte) 0x81, '\n'};
        CsvReader r = reader(bytes, CP1252);
        r.next();
        LinkageInputException e = catchThrowableOfType(LinkageInputException.class, r::next);
        assertThat(e.message(Locale.ENGLISH))
                .isEqualTo("people.csv, row 3: byte sequence not valid in windows-1252: give the file's encoding"
                        + " with --encoding (for example UTF-8, ISO-8859-1 or windows-1252)");
        assertThat(e.message(Locale.CANADA_FRENCH))
                .startsWith("people.csv, ligne 3")
                .contains("--encoding");
        LinkageInputException utf8 = catchThrowableOfType(
                LinkageInputException.class,
                () -> reader("id,n\n1,Müller\n".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                        .next());
        assertThat(utf8.message(Locale.ENGLISH)).contains("row 2").contains("--encoding windows-1252");
    }

    @Test
    void aMultiByteEncodingIsDecodedTooAndStopsWhereItsInputDoes() {
        byte[] utf16 = "id,name\n1,Zoë\n".getBytes(StandardCharsets.UTF_16LE);
        CsvReader r = reader(utf16, StandardCharsets.UTF_16LE);
        assertThat(r.header()).containsExactly("id", "name");
        assertThat(r.next()).containsExactly("1", "Zoë");
        byte[] cut = java.util.Arrays.copyOf(utf16, utf16.length + 1);
        CsvReader c = reader(cut, StandardCharsets.UTF_16LE);
        c.next();
        assertThat(catchThrowableOfType(LinkageInputException.class, c::next)).isNotNull();
    }
}
