package ca.harbour.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.identity.internal.Totp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TotpTests {

    // RFC 6238 appendix B: the 20-byte ASCII secret "12345678901234567890" (base32 below), SHA-1.
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static Totp at(long epochSecond) {
        return new Totp(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void codesMatchTheRfcTestVectors() {
        // RFC 6238 gives 8-digit codes; an authenticator's 6 digits are their last six.
        assertThat(at(59).currentCode(RFC_SECRET)).isEqualTo("287082");
        assertThat(at(1111111109).currentCode(RFC_SECRET)).isEqualTo("081804");
        assertThat(at(2000000000).currentCode(RFC_SECRET)).isEqualTo("279037");
    }

    @Test
    void aCodeIsAcceptedWithinOneStepOfDriftAndNotBeyond() {
        String code = at(1111111109).currentCode(RFC_SECRET);
        long step = 1111111109L / 30;
        assertThat(at(1111111109 + 30).matchingStep(RFC_SECRET, code)).hasValue(step);
        assertThat(at(1111111109 - 30).matchingStep(RFC_SECRET, code)).hasValue(step);
        assertThat(at(1111111109 + 90).matchingStep(RFC_SECRET, code)).isEmpty();
    }

    @Test
    void malformedCodesNeverMatch() {
        Totp totp = at(59);
        assertThat(totp.matchingStep(RFC_SECRET, "")).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "28708")).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "2870823")).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "abcdef")).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, null)).isEmpty();
    }

    @Test
    void newSecretsAreLongAndDistinct() {
        assertThat(Totp.newSecret()).hasSize(32).isNotEqualTo(Totp.newSecret());
        assertThat(Totp.qrDataUri(Totp.newSecret(), "someone")).startsWith("data:image/png;base64,");
    }
}
