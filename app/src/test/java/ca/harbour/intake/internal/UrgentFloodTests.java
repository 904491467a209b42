package ca.harbour.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UrgentFloodTests {

    private static final Instant T = Instant.parse("2026-12-03T08:00:00Z");

    private static Instant at(int seconds) {
        return T.plusSeconds(seconds);
    }

    @Test
    void theArrivalsBeyondTheRateWithinTheWindowAreAFloodAndItEndsAfterAQuietWindow() {
        UrgentFlood flood = new UrgentFlood(3, Duration.ofMinutes(1));
        assertThat(flood.isFlood(at(0))).isFalse();
        assertThat(flood.isFlood(at(10))).isFalse();
        assertThat(flood.isFlood(at(20))).isFalse();
        assertThat(flood.isFlood(at(59))).as("the fourth within a minute").isTrue();
        assertThat(flood.isFlood(at(65)))
                .as("held ones count too, so a flood that goes on stays held")
                .isTrue();
        assertThat(flood.isFlood(at(200))).as("after a quiet minute").isFalse();
    }

    @Test
    void tipsSpreadOutMoreThanTheRateAreNeverAFlood() {
        UrgentFlood flood = new UrgentFlood(2, Duration.ofMinutes(1));
        for (int i = 0; i < 20; i++) {
            assertThat(flood.isFlood(at(i * 30))).isFalse();
        }
    }

    @Test
    void aRateOfZeroTurnsTheCheckOffAndNonsenseIsRefusedAtStart() {
        UrgentFlood off = new UrgentFlood(0, Duration.ofMinutes(1));
        for (int i = 0; i < 100; i++) {
            assertThat(off.isFlood(T)).isFalse();
        }
        assertThatThrownBy(() -> new UrgentFlood(-1, Duration.ofMinutes(1))).hasMessageContaining("urgent-flood-rate");
        assertThatThrownBy(() -> new UrgentFlood(5, Duration.ZERO)).hasMessageContaining("urgent-flood-window");
    }
}
