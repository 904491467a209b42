package ca.harbour.care.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a youth referral must hold: bad dates, impossible ages, unknown teams and sources are refused. */
class YouthReferralTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final UUID TEAM = UUID.randomUUID();

    private static Map<String, String> problems(YouthReferral referral, boolean teamKnown) {
        return referral.problems(TODAY, teamKnown).map(r -> r.fields()).orElse(Map.of());
    }

    private static YouthReferral with(LocalDate birth, Integer estimate) {
        return new YouthReferral(
                TEAM, "Jo T.", birth, estimate, IndigenousIdentity.NOT_SHARED, YouthSource.SCHOOL, null);
    }

    @Test
    void aCompleteReferralHasNoProblemAndItsAgeIsOnTheReferralDay() {
        YouthReferral referral = with(LocalDate.of(2012, 6, 2), null);
        assertThat(problems(referral, true)).isEmpty();
        assertThat(referral.ageOn(TODAY)).isEqualTo(13);
        assertThat(with(null, 15).ageOn(TODAY)).isEqualTo(15);
        assertThat(with(null, null).ageOn(TODAY)).isNull();
    }

    @Test
    void futureBirthDatesImpossibleAgesAndBothAtOnceAreRefused() {
        assertThat(problems(with(TODAY.plusDays(1), null), true))
                .containsEntry("birthDate", "care.error.birthDateFuture");
        assertThat(problems(with(TODAY.minusYears(26), null), true))
                .containsEntry("birthDate", "care.error.birthDateRange");
        assertThat(problems(with(null, -1), true)).containsEntry("ageEstimate", "care.error.ageRange");
        assertThat(problems(with(null, 26), true)).containsEntry("ageEstimate", "care.error.ageRange");
        assertThat(problems(with(TODAY.minusYears(14), 14), true))
                .containsEntry("birthDate", "care.error.birthDateOrEstimate");
        assertThat(problems(with(TODAY, null), true)).isEmpty();
    }

    @Test
    void anUnknownOrMissingTeamNameAndSourceAreRefused() {
        assertThat(problems(with(null, 14), false)).containsEntry("teamId", "care.error.teamUnknown");
        YouthReferral empty = new YouthReferral(null, " ", null, null, null, null, null);
        assertThat(problems(empty, false))
                .containsEntry("teamId", "care.error.team")
                .containsEntry("label", "care.error.label")
                .containsEntry("indigenousIdentity", "care.error.indigenous")
                .containsEntry("source", "care.error.source");
        YouthReferral longName =
                new YouthReferral(TEAM, "x".repeat(121), null, 14, IndigenousIdentity.METIS, YouthSource.POLICE, null);
        assertThat(problems(longName, true)).containsEntry("label", "care.error.labelTooLong");
    }

    @Test
    void aContactOrCaseIsNamedAndNoOtherSourceIs() {
        YouthReferral contactWithoutId = new YouthReferral(
                TEAM, "Jo", null, 14, IndigenousIdentity.NOT_SHARED, YouthSource.HOTLINE_CONTACT, null);
        assertThat(problems(contactWithoutId, true)).containsEntry("sourceId", "care.error.sourceId");
        YouthReferral schoolWithId = new YouthReferral(
                TEAM, "Jo", null, 14, IndigenousIdentity.NOT_SHARED, YouthSource.SCHOOL, UUID.randomUUID());
        assertThat(problems(schoolWithId, true)).containsEntry("sourceId", "care.error.sourceIdNotExpected");
        YouthReferral caseWithId = new YouthReferral(
                TEAM, "Jo", null, 14, IndigenousIdentity.NOT_SHARED, YouthSource.AGENCY_CASE, UUID.randomUUID());
        assertThat(problems(caseWithId, true)).isEmpty();
    }
}
