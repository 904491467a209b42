package ca.harbour.referrals.internal;

import ca.harbour.referrals.ReferralStatus;
import ca.harbour.referrals.Urgency;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * When a sent referral must be answered by: an urgent one within a duration, a routine one within business days
 * (Monday to Friday, counted in the organization's time zone; the hour of sending is kept). No Spring, no SQL.
 */
public record ResponseTargets(Duration urgent, int routineBusinessDays, ZoneId zone) {

    public ResponseTargets {
        if (urgent.isNegative() || urgent.isZero() || routineBusinessDays < 1) {
            throw new IllegalArgumentException("response targets must be positive");
        }
    }

    public Instant dueAt(Urgency urgency, Instant sentAt) {
        if (urgency == Urgency.URGENT) {
            return sentAt.plus(urgent);
        }
        ZonedDateTime day = sentAt.atZone(zone);
        int left = routineBusinessDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day.toInstant();
    }

    /** True when the referral still waits for its answer after its due time. */
    public static boolean overdue(ReferralStatus status, @Nullable Instant dueAt, Instant now) {
        return status.awaitingAnswer() && dueAt != null && now.isAfter(dueAt);
    }
}
