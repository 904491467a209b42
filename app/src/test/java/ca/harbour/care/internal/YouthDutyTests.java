package ca.harbour.care.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.platform.domain.ChildProtectionAge.Duty;
import ca.harbour.platform.domain.ChildProtectionReport.Report;
import ca.harbour.platform.domain.ChildProtectionReport.Status;
import ca.harbour.platform.domain.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The duty to report a youth reads the age at the referral: around the 16th birthday (the day before, the day of,
 * the day after), with an age estimate, and never today's age; overdue until a report is recorded.
 */
class YouthDutyTests {

    private static final LocalDate BORN = LocalDate.of(2010, 5, 20);
    private static final LocalDate SIXTEENTH = BORN.plusYears(16);

    private static Integer ageReferredOn(LocalDate day) {
        return new YouthReferral(
                        UUID.randomUUID(), "Jo", BORN, null, IndigenousIdentity.NOT_SHARED, YouthSource.SCHOOL, null)
                .ageOn(day);
    }

    @Test
    void referredTheDayBeforeThe16thBirthdayAReportIsRequiredAndOverdue() {
        Integer age = ageReferredOn(SIXTEENTH.minusDays(1));
        assertThat(age).isEqualTo(15);
        assertThat(YouthDuty.duty(age)).isEqualTo(Duty.REQUIRED);
        assertThat(YouthDuty.status(age, false)).isEqualTo(Status.REQUIRED);
        assertThat(YouthDuty.overdue(age, false)).isTrue();
    }

    @Test
    void referredOnThe16thBirthdayOrTheDayAfterAReportIsOfferedNeverOverdue() {
        for (LocalDate day : new LocalDate[] {SIXTEENTH, SIXTEENTH.plusDays(1)}) {
            Integer age = ageReferredOn(day);
            assertThat(age).isEqualTo(16);
            assertThat(YouthDuty.status(age, false)).isEqualTo(Status.OFFERED);
            assertThat(YouthDuty.overdue(age, false)).isFalse();
        }
    }

    @Test
    void theAgeAtTheReferralDecidesEvenYearsLater() {
        // referred at 15, read long after the youth turned 18: still required until reported
        Integer age = ageReferredOn(SIXTEENTH.minusMonths(2));
        assertThat(age).isEqualTo(15);
        assertThat(YouthDuty.overdue(age, false)).isTrue();
        assertThat(YouthDuty.overdue(age, true)).isFalse();
        assertThat(YouthDuty.status(age, true)).isEqualTo(Status.REPORTED);
    }

    @Test
    void anAgeEstimateCountsAsTheAgeAndAnUnknownAgeAsksNothing() {
        YouthReferral estimated =
                new YouthReferral(UUID.randomUUID(), "Jo", null, 15, IndigenousIdentity.INUIT, YouthSource.OTHER, null);
        assertThat(YouthDuty.overdue(estimated.ageOn(LocalDate.now()), false)).isTrue();
        assertThat(YouthDuty.status(16, false)).isEqualTo(Status.OFFERED);
        assertThat(YouthDuty.status(17, false)).isEqualTo(Status.OFFERED);
        assertThat(YouthDuty.status(18, false)).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(YouthDuty.status(null, false)).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(YouthDuty.overdue(null, false)).isFalse();
    }

    @Test
    void aReportNeedsAKnownSocietyAPastTimeNotBeforeTheReferralAndAReference() {
        Instant referred = Instant.parse("2026-03-10T15:00:00Z");
        Instant now = referred.plus(2, ChronoUnit.DAYS);
        UUID society = UUID.randomUUID();

        assertThat(YouthDuty.check(new Report(society, now.minusSeconds(60), " CAS-1 "), 14, referred, now, true))
                .isEmpty();
        Rejection empty = YouthDuty.check(new Report(null, null, " "), 14, referred, now, true)
                .orElseThrow();
        assertThat(empty.fields())
                .containsEntry("societyId", "care.error.society")
                .containsEntry("reportedAt", "care.error.reportedAt")
                .containsEntry("reference", "care.error.reference");
        Rejection wrong = YouthDuty.check(
                        new Report(society, now.plusSeconds(60), "x".repeat(101)), 14, referred, now, false)
                .orElseThrow();
        assertThat(wrong.fields())
                .containsEntry("societyId", "care.error.societyUnknown")
                .containsEntry("reportedAt", "care.error.future")
                .containsEntry("reference", "care.error.referenceTooLong");
        assertThat(YouthDuty.check(
                                new Report(society, referred.minus(2, ChronoUnit.DAYS), "CAS-1"),
                                14,
                                referred,
                                now,
                                true)
                        .orElseThrow()
                        .fields())
                .containsEntry("reportedAt", "care.error.beforeReferral");
        assertThat(YouthDuty.check(new Report(society, now, "CAS-1"), 19, referred, now, true)
                        .orElseThrow()
                        .messageKey())
                .isEqualTo("care.error.dutyNotApplicable");
    }
}
