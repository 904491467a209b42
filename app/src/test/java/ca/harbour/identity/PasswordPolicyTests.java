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
    void aLongUnrelatedPassphraseIsAccepted() {
        assertThat(PasswordPolicy.check("correct horse battery staple", "sam")).isEmpty();
    }

    @Test
    void oneTimePasswordsMeetThePolicyAndDiffer() {
        String a = PasswordPolicy.oneTime();
        assertThat(PasswordPolicy.check(a, "sam")).isEmpty();
        assertThat(a).isNotEqualTo(PasswordPolicy.oneTime());
    }
}
