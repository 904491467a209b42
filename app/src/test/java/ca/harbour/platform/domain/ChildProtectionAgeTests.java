package ca.harbour.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.platform.domain.ChildProtectionAge.Duty;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChildProtectionAgeTests {

    @ParameterizedTest
    @CsvSource({"2026-06-14, 15, REQUIRED", "2026-06-15, 16, OFFERED", "2026-06-16, 16, OFFERED"})
    void theAgeAroundThe16thBirthdayIsTheAgeOnTheDayOfTheRecord(LocalDate day, int years, Duty duty) {
        LocalDate born = LocalDate.of(2010, 6, 15);
        assertThat(ChildProtectionAge.ageOn(born, day)).isEqualTo(years);
        assertThat(ChildProtectionAge.duty(ChildProtectionAge.ageOn(born, day))).isEqualTo(duty);
    }

    @Test
    void aBirthdayOnTheTwentyNinthOfFebruaryCountsFromTheFirstOfMarchInOtherYears() {
        LocalDate born = LocalDate.of(2008, 2, 29);
        assertThat(ChildProtectionAge.ageOn(born, LocalDate.of(2024, 2, 28))).isEqualTo(15);
        assertThat(ChildProtectionAge.ageOn(born, LocalDate.of(2024, 2, 29))).isEqualTo(16);
        assertThat(ChildProtectionAge.ageOn(born, LocalDate.of(2025, 2, 28))).isEqualTo(16);
    }

    @ParameterizedTest
    @CsvSource({"0, REQUIRED", "15, REQUIRED", "16, OFFERED", "17, OFFERED", "18, NONE", "40, NONE"})
    void theDutyByAge(int years, Duty duty) {
        assertThat(ChildProtectionAge.duty(years)).isEqualTo(duty);
        assertThat(ChildProtectionAge.underSixteen(years)).isEqualTo(duty == Duty.REQUIRED);
    }
}
