package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intake.internal.DutyToReportRule;
import ca.harbour.intake.internal.DutyToReportRule.Requirement;
import ca.harbour.platform.domain.ChildProtectionReport.Report;
import ca.harbour.platform.domain.ChildProtectionReport.Status;
import ca.harbour.platform.domain.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutyToReportRuleTests {

    private static final Instant CONTACT = Instant.parse("2026-03-10T15:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");
    private static final UUID SOCIETY = UUID.randomUUID();

    @ParameterizedTest(name = "{0} years at the contact -> {1}")
    @CsvSource({"0, REQUIRED", "11, REQUIRED", "15, REQUIRED", "16, OFFERED", "17, OFFERED", "18, NONE", "40, NONE"})
    void underSixteenIsRequiredSixteenAndSeventeenOfferedAdultsNothing(int years, Requirement expected) {
        assertThat(DutyToReportRule.forAge(years)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "age band {0} -> {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "UNDER_12, REQUIRED",
                "AGE_12_15, REQUIRED",
                "AGE_16_17, OFFERED",
                "AGE_18_24, NONE",
                "AGE_25_PLUS, NONE",
                "UNKNOWN, NONE",
                "-, NONE"
            })
    void theAgeBandRecordedAtTheContactDecides(String band, Requirement expected) {
        assertThat(DutyToReportRule.forAgeBand(band)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "born {0}, contact on {1}: {2} years, {3}")
    @CsvSource({
        "2010-03-11, 2026-03-10, 15, REQUIRED", // the day before the 16th birthday
        "2010-03-10, 2026-03-10, 16, OFFERED", // the 16th birthday itself
        "2010-03-09, 2026-03-10, 16, OFFERED", // the day after
        "2008-03-11, 2026-03-10, 17, OFFERED", // the day before the 18th birthday
        "2008-03-10, 2026-03-10, 18, NONE",
        "2008-02-29, 2024-02-28, 15, REQUIRED", // born on 29 February: not yet 16 on the 28th
        "2008-02-29, 2024-02-29, 16, OFFERED"
    })
    void theAgeOnTheDayOfTheContactDecidesAroundTheBirthdays(
            LocalDate born, LocalDate contactDay, int years, Requirement expected) {
        assertThat(DutyToReportRule.ageOn(born, contactDay)).isEqualTo(years);
        assertThat(DutyToReportRule.forContact(DutyToReportRule.ageOn(born, contactDay), "UNKNOWN"))
                .isEqualTo(expected);
    }

    @Test
    void aKnownAgeAtTheContactDecidesOverTheAgeBandAndTodaysAgeNeverCounts() {
        // the band said 16 or 17, the date of birth shows 15 on the day: required
        assertThat(DutyToReportRule.forContact(15, "AGE_16_17")).isEqualTo(Requirement.REQUIRED);
        assertThat(DutyToReportRule.forContact(16, "AGE_12_15")).isEqualTo(Requirement.OFFERED);
        assertThat(DutyToReportRule.forContact(null, "AGE_12_15")).isEqualTo(Requirement.REQUIRED);
        // 15 at a contact two years ago is 17 today: still required, for the age is the one at the contact
        LocalDate contactDay = LocalDate.of(2024, 5, 1);
        LocalDate born = LocalDate.of(2009, 1, 1);
        assertThat(DutyToReportRule.forContact(DutyToReportRule.ageOn(born, contactDay), null))
                .isEqualTo(Requirement.REQUIRED);
        assertThat(DutyToReportRule.ageOn(born, LocalDate.of(2026, 5, 1))).isEqualTo(17);
    }

    @Test
    void aDateOfBirthIsNeededAndMayNotFollowTheContact() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        assertThat(DutyToReportRule.checkBirthDate(null, day).orElseThrow().fields())
                .isEqualTo(Map.of("birthDate", "duty.error.birthDate"));
        assertThat(DutyToReportRule.checkBirthDate(day.plusDays(1), day)
                        .orElseThrow()
                        .fields())
                .isEqualTo(Map.of("birthDate", "duty.error.birthDateRange"));
        assertThat(DutyToReportRule.checkBirthDate(day.minusYears(131), day)).isPresent();
        assertThat(DutyToReportRule.checkBirthDate(day, day)).isEmpty();
        assertThat(DutyToReportRule.checkBirthDate(LocalDate.of(2011, 6, 30), day))
                .isEmpty();
    }

    @Test
    void aRequiredReportIsOverdueAsSoonAsTheContactIsFinishedAndUntilItIsRecorded() {
        assertThat(DutyToReportRule.overdue(Requirement.REQUIRED, false, false)).isFalse();
        assertThat(DutyToReportRule.overdue(Requirement.REQUIRED, false, true)).isTrue();
        assertThat(DutyToReportRule.overdue(Requirement.REQUIRED, true, true)).isFalse();
        assertThat(DutyToReportRule.overdue(Requirement.OFFERED, false, true)).isFalse();
        assertThat(DutyToReportRule.overdue(Requirement.NONE, false, true)).isFalse();
    }

    @Test
    void aRecordedReportShowsAsReportedWhateverTheAgeAndOtherwiseTheRequirementShows() {
        assertThat(DutyToReportRule.status(Requirement.REQUIRED, true)).isEqualTo(Status.REPORTED);
        assertThat(DutyToReportRule.status(Requirement.OFFERED, true)).isEqualTo(Status.REPORTED);
        assertThat(DutyToReportRule.status(Requirement.REQUIRED, false)).isEqualTo(Status.REQUIRED);
        assertThat(DutyToReportRule.status(Requirement.OFFERED, false)).isEqualTo(Status.OFFERED);
        assertThat(DutyToReportRule.status(Requirement.NONE, false)).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void aCompleteReportBetweenTheContactAndNowMayBeRecorded() {
        assertThat(check(new Report(SOCIETY, CONTACT.plusSeconds(60), " CAS-2026-0042 "), true, Requirement.REQUIRED))
                .isNull();
        assertThat(check(new Report(SOCIETY, NOW, "X"), true, Requirement.OFFERED))
                .isNull();
        // a date-time field has minutes only: the minute the contact started is accepted
        assertThat(check(new Report(SOCIETY, CONTACT, "X"), true, Requirement.REQUIRED))
                .isNull();
    }

    @Test
    void eachMissingOrWrongFieldIsNamed() {
        Rejection empty = check(new Report(null, null, "  "), true, Requirement.REQUIRED);
        assertThat(empty.fields())
                .isEqualTo(Map.of(
                        "societyId", "duty.error.society",
                        "reportedAt", "duty.error.reportedAt",
                        "reference", "duty.error.reference"));
        Rejection wrong = check(new Report(SOCIETY, NOW.plusSeconds(1), "x".repeat(101)), false, Requirement.REQUIRED);
        assertThat(wrong.fields())
                .isEqualTo(Map.of(
                        "societyId", "duty.error.societyUnknown",
                        "reportedAt", "duty.error.future",
                        "reference", "duty.error.referenceTooLong"));
        Rejection early =
                check(new Report(SOCIETY, CONTACT.minus(Duration.ofMinutes(1)), "X"), true, Requirement.REQUIRED);
        assertThat(early.fields()).isEqualTo(Map.of("reportedAt", "duty.error.beforeContact"));
    }

    @Test
    void aContactAboutAnAdultOrAnUnknownAgeTakesNoReport() {
        assertThat(check(new Report(SOCIETY, NOW, "X"), true, Requirement.NONE).messageKey())
                .isEqualTo("duty.error.notApplicable");
    }

    private static Rejection check(Report report, boolean societyKnown, Requirement requirement) {
        return DutyToReportRule.check(report, CONTACT, NOW, societyKnown, requirement)
                .orElse(null);
    }
}
