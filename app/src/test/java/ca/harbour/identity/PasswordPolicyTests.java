package ca.harbour.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.identity.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void shortCommonRepetitiveOrUsernameBasedPasswordsAreRefused() {
        assertThat(PasswordPolicy.check("short", "sam")).contains("password.error.short");
        assertThat(PasswordPolicy.check("x".repeat(129), "sam")).contains("password.error.long");
        assertThat(PasswordPolicy.check("Password1234", "sam")).contains("password.error.common");
        assertThat(PasswordPolicy.check("aaaaaaaaaaaaaaaa", "sam")).contains("password.error.common");
        assertThat(PasswordPolicy.check("my-name-is-jordan.t", "jordan.t")).contains("password.error.username");
    }

    @Test
    void passwordsOnThePublicListOfCommonAndBreachedPasswordsAreRefusedAsTypedOrDecorated() {
        // entries of the bundled list as they stand
        assertThat(PasswordPolicy.check("qazwsxedcrfv", "sam")).contains("password.error.common");
        assertThat(PasswordPolicy.check("chickenwing101", "sam")).contains("password.error.common");
        assertThat(PasswordPolicy.check("LeaveMeAlone", "sam")).contains("password.error.common");
        // a listed word dressed up with digits and symbols, or with look-alike characters
        assertThat(PasswordPolicy.check("Sunshine2026!!", "sam")).contains("password.error.common");
        assertThat(PasswordPolicy.check("!!!Tru5tNo1!!!", "sam")).contains("password.error.common");
        assertThat(PasswordPolicy.check("P@55w0rd-2026", "sam")).contains("password.error.common");
    }

    @Test
    void passwordsBuiltFromHarbourOrTheUsernameAreRefusedWhateverTheirSpelling() {
        assertThat(PasswordPolicy.check("Harbour2026!", "sam")).contains("password.error.harbour");
        assertThat(PasswordPolicy.check("h@rb0ur-is-my-home", "sam")).contains("password.error.harbour");
        assertThat(PasswordPolicy.check("MyHarborPassword", "sam")).contains("password.error.harbour");
        assertThat(PasswordPolicy.check("J0rdan-2026-summer", "jordan.t")).contains("password.error.username");
        assertThat(PasswordPolicy.check("the.s4m.password", "sam")).contains("password.error.username");
        // the public demo password too: demo accounts get it from the generator, nobody can choose it
        assertThat(PasswordPolicy.check("Harbour-demo-2026", "advocate")).contains("password.error.harbour");
    }

    @Test
    void aLongUnrelatedPassphraseIsAccepted() {
        assertThat(PasswordPolicy.check("correct horse battery staple", "sam")).isEmpty();
        assertThat(PasswordPolicy.check("a long and private passphrase", "jordan.t"))
                .isEmpty();
        assertThat(PasswordPolicy.check("Tortue-Bleue-Sous-la-Pluie-7", "jordan.t"))
                .isEmpty();
    }

    @Test
    void oneTimePasswordsMeetThePolicyAndDiffer() {
        String a = PasswordPolicy.oneTime();
        assertThat(PasswordPolicy.check(a, "sam")).isEmpty();
        assertThat(a).isNotEqualTo(PasswordPolicy.oneTime());
    }
}
