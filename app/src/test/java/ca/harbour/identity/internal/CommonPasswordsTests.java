package ca.harbour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CommonPasswordsTests {

    @Test
    void theBundledListHoldsOverAHundredThousandPasswordsAndShipsWithItsLicence() throws Exception {
        assertThat(CommonPasswords.size()).isGreaterThan(100_000);
        try (InputStream licence =
                CommonPasswords.class.getResourceAsStream("/identity/common-passwords.LICENSE.txt")) {
            assertThat(licence).isNotNull();
            assertThat(new String(licence.readAllBytes())).contains("MIT License", "Permission is hereby granted");
        }
    }

    @Test
    void listedPasswordsAreFoundWhateverTheirCaseAndOthersAreNot() {
        assertThat(CommonPasswords.contains("123456")).isTrue();
        assertThat(CommonPasswords.contains("qwertyqwerty")).isTrue();
        assertThat(CommonPasswords.contains("polniypizdec0211")).isTrue(); // listed as "PolniyPizdec0211"
        assertThat(CommonPasswords.contains("correct horse battery staple")).isFalse();
    }
}
