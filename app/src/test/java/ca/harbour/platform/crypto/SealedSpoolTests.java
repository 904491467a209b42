package ca.harbour.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class SealedSpoolTests {

    private static final byte[] PLAIN = "ad_id,site,body\na1,example,call 416 555 0123 ask for Jade\n"
            .repeat(5000)
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void whatLandsOnDiskIsNotThePlainBytesAndReadsBackWhole() throws Exception {
        Path file;
        try (SealedSpool spool = SealedSpool.of(new ByteArrayInputStream(PLAIN), "sealed-test-")) {
            file = spool.file();
            byte[] onDisk = Files.readAllBytes(file);
            assertThat(onDisk).hasSameSizeAs(PLAIN).isNotEqualTo(PLAIN);
            assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("416 555 0123", "Jade");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            for (int i = 0; i < 2; i++) {
                try (InputStream in = spool.open()) {
                    assertThat(in.readAllBytes()).isEqualTo(PLAIN);
                }
            }
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void twoSpoolsOfTheSameBytesDifferOnDisk() throws Exception {
        try (SealedSpool a = SealedSpool.of(new ByteArrayInputStream(PLAIN), "sealed-test-");
                SealedSpool b = SealedSpool.of(new ByteArrayInputStream(PLAIN), "sealed-test-")) {
            assertThat(Files.readAllBytes(a.file())).isNotEqualTo(Files.readAllBytes(b.file()));
        }
    }
}
