package ca.harbour.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.platform.domain.ChildProtectionAge.Duty;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The under-16 pathway and the duty to report around the 16th birthday, by birth date or by age estimate. */
class UnderSixteenTests {

    private static final ZoneId ZONE = ZoneId.of("America/Toronto");
    private static final LocalDate BORN = LocalDate.of(2010, 5, 20);
    private static final LocalDate SIXTEENTH = LocalDate.of(2026, 5, 20);

    private static CasePerson person(
            PersonRole role, @Nullable LocalDate birth, @Nullable Integer estimate, LocalDate recordedOn) {
        return new CasePerson(
                UUID.randomUUID(),
                UUID.randomUUID(),
                role,
                "Someone",
                birth,
                estimate,
                null,
                List.of(),
                null,
                null,
                ZonedDateTime.of(recordedOn.atTime(10, 0), ZONE).toInstant());
    }

    private static boolean pathwayOpenedOn(LocalDate openedOn) {
        return UnderSixteen.pathway(List.of(person(PersonRole.SURVIVOR, BORN, null, openedOn)), openedOn, ZONE);
    }

    @Test
    void theDayBeforeTheSixteenthBirthdayIsUnderSixteenAndTheDayItselfIsNot() {
        assertThat(pathwayOpenedOn(SIXTEENTH.minusDays(1))).isTrue();
        assertThat(pathwayOpenedOn(SIXTEENTH)).isFalse();
        assertThat(pathwayOpenedOn(SIXTEENTH.plusDays(1))).isFalse();
    }

    @Test
    void theDutyReadsTheAgeOnTheDayThePersonWasRecordedNotToday() {
        assertThat(UnderSixteen.duty(person(PersonRole.SURVIVOR, BORN, null, SIXTEENTH.minusDays(1)), ZONE))
                .isEqualTo(Duty.REQUIRED);
        assertThat(UnderSixteen.duty(person(PersonRole.SURVIVOR, BORN, null, SIXTEENTH), ZONE))
                .isEqualTo(Duty.OFFERED);
        assertThat(UnderSixteen.duty(person(PersonRole.FAMILY_MEMBER, BORN, null, SIXTEENTH.plusDays(1)), ZONE))
                .isEqualTo(Duty.OFFERED);
        assertThat(UnderSixteen.duty(person(PersonRole.SURVIVOR, BORN, null, LocalDate.of(2028, 5, 20)), ZONE))
                .isEqualTo(Duty.NONE);
        assertThat(UnderSixteen.duty(person(PersonRole.SUSPECTED_TRAFFICKER, BORN, null, SIXTEENTH), ZONE))
                .isEqualTo(Duty.NONE);
        assertThat(UnderSixteen.duty(person(PersonRole.SURVIVOR, null, null, SIXTEENTH), ZONE))
                .isEqualTo(Duty.NONE);
    }

    @Test
    void withoutABirthDateTheEstimateGivenWhenRecordedIsAgedByTheWholeYearsSince() {
        LocalDate recorded = LocalDate.of(2026, 3, 1);
        CasePerson fifteen = person(PersonRole.SURVIVOR, null, 15, recorded);

        assertThat(UnderSixteen.duty(fifteen, ZONE)).isEqualTo(Duty.REQUIRED);
        assertThat(UnderSixteen.ageOn(fifteen, recorded.plusYears(1).minusDays(1), ZONE))
                .isEqualTo(15);
        assertThat(UnderSixteen.ageOn(fifteen, recorded.plusYears(1), ZONE)).isEqualTo(16);
        assertThat(UnderSixteen.pathway(List.of(fifteen), recorded, ZONE)).isTrue();
        assertThat(UnderSixteen.pathway(List.of(fifteen), recorded.plusYears(1), ZONE))
                .isFalse();
        assertThat(UnderSixteen.duty(person(PersonRole.OTHER, null, 16, recorded), ZONE))
                .isEqualTo(Duty.OFFERED);
    }

    @Test
    void onlyASurvivorPutsTheCaseOnThePathway() {
        LocalDate opened = LocalDate.of(2026, 3, 1);
        List<CasePerson> people = List.of(
                person(PersonRole.SURVIVOR, null, 30, opened), person(PersonRole.FAMILY_MEMBER, null, 9, opened));

        assertThat(UnderSixteen.pathway(people, opened, ZONE)).isFalse();
    }
}
