package ca.harbour.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.referrals.ReferralStatus;
import ca.harbour.referrals.Urgency;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Response targets: urgent within hours, routine within business days, overdue only while unanswered. */
class ResponseTargetsTests {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private final ResponseTargets targets = new ResponseTargets(Duration.ofHours(24), 5, TORONTO);

    private static Instant at(int day, int hour) {
        // December 2026: the 4th is a Friday
        return ZonedDateTime.of(2026, 12, day, hour, 0, 0, 0, TORONTO).toInstant();
    }

    @Test
    void anUrgentReferralIsDueADayLater() {
        assertThat(targets.dueAt(Urgency.URGENT, at(4, 15))).isEqualTo(at(5, 15));
    }

    @Test
    void aRoutineReferralIsDueFiveBusinessDaysLaterSkippingTheWeekend() {
        assertThat(targets.dueAt(Urgency.ROUTINE, at(4, 15))).isEqualTo(at(11, 15));
        assertThat(targets.dueAt(Urgency.ROUTINE, at(1, 9))).isEqualTo(at(8, 9));
        assertThat(targets.dueAt(Urgency.ROUTINE, at(5, 10))).isEqualTo(at(11, 10));
    }

    @Test
    void overdueIsSentOrReceivedPastTheTargetOnAFixedClock() {
        Clock clock = Clock.fixed(at(12, 8), TORONTO);
        Instant due = targets.dueAt(Urgency.ROUTINE, at(4, 15));
        assertThat(ResponseTargets.overdue(ReferralStatus.SENT, due, clock.instant()))
                .isTrue();
        assertThat(ResponseTargets.overdue(ReferralStatus.RECEIVED, due, clock.instant()))
                .isTrue();
        assertThat(ResponseTargets.overdue(ReferralStatus.WAIT_LISTED, due, clock.instant()))
                .isFalse();
        assertThat(ResponseTargets.overdue(ReferralStatus.ACCEPTED, due, clock.instant()))
                .isFalse();
        assertThat(ResponseTargets.overdue(ReferralStatus.DRAFT, null, clock.instant()))
                .isFalse();
        Clock earlier = Clock.fixed(at(11, 14), TORONTO);
        assertThat(ResponseTargets.overdue(ReferralStatus.SENT, due, earlier.instant()))
                .isFalse();
    }

    @Test
    void targetsMustBePositive() {
        assertThatThrownBy(() -> new ResponseTargets(Duration.ZERO, 5, TORONTO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseTargets(Duration.ofHours(1), 0, TORONTO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
