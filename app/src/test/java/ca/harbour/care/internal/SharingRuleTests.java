package ca.harbour.care.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.care.internal.SharingRule.Allowed;
import ca.harbour.care.internal.SharingRule.Decision;
import ca.harbour.care.internal.SharingRule.Item;
import ca.harbour.care.internal.SharingRule.Refused;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What may be shared at a conference: a consent that covers the item on the day, or a legal basis with a reason. */
class SharingRuleTests {

    private static final UUID SOCIETY = UUID.randomUUID();
    private static final UUID POLICE = UUID.randomUUID();
    private static final UUID SCHOOL_BOARD = UUID.randomUUID();
    private static final Set<UUID> TEAM = Set.of(SOCIETY, POLICE);
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    private static final Instant NOW = Instant.parse("2026-06-20T12:00:00Z");

    private static YouthConsent consent(
            @Nullable UUID to, @Nullable LocalDate until, @Nullable Instant withdrawn, InformationCategory... what) {
        return new YouthConsent(
                UUID.randomUUID(),
                UUID.randomUUID(),
                YouthConsent.GivenBy.YOUTH,
                Set.of(what),
                to,
                "safety planning",
                LocalDate.of(2026, 6, 1),
                until,
                YouthConsent.Manner.WRITTEN,
                null,
                Instant.parse("2026-06-01T12:00:00Z"),
                withdrawn,
                false);
    }

    private static Decision withConsent(YouthConsent c, InformationCategory what, UUID to) {
        return SharingRule.decide(new Item(what, to, SharingBasis.CONSENT, c.id(), null), DAY, NOW, List.of(c), TEAM);
    }

    private static String field(Decision d) {
        assertThat(d).isInstanceOf(Refused.class);
        return ((Refused) d).rejection().fields().values().iterator().next();
    }

    @Test
    void aConsentToTheTeamCoversAnOrganizationOfTheTeamForItsCategories() {
        YouthConsent c = consent(null, null, null, InformationCategory.IDENTITY, InformationCategory.SAFETY_PLAN);

        Decision d = withConsent(c, InformationCategory.SAFETY_PLAN, POLICE);

        assertThat(d).isInstanceOf(Allowed.class);
        assertThat(((Allowed) d).consentId()).isEqualTo(c.id());
        assertThat(field(withConsent(c, InformationCategory.SAFETY_PLAN, SCHOOL_BOARD)))
                .isEqualTo("care.share.error.organization");
        assertThat(field(withConsent(c, InformationCategory.HEALTH, POLICE))).isEqualTo("care.share.error.category");
    }

    @Test
    void aConsentToOneOrganizationCoversThatOrganizationOnly() {
        YouthConsent c = consent(SCHOOL_BOARD, null, null, InformationCategory.EDUCATION);

        assertThat(withConsent(c, InformationCategory.EDUCATION, SCHOOL_BOARD)).isInstanceOf(Allowed.class);
        assertThat(field(withConsent(c, InformationCategory.EDUCATION, SOCIETY)))
                .isEqualTo("care.share.error.organization");
    }

    @Test
    void nothingIsSharedWithoutAConsentOrABasis() {
        YouthConsent c = consent(null, null, null, InformationCategory.IDENTITY);

        Decision none = SharingRule.decide(
                new Item(InformationCategory.IDENTITY, POLICE, SharingBasis.CONSENT, null, null),
                DAY,
                NOW,
                List.of(c),
                TEAM);
        Decision anotherYouths = SharingRule.decide(
                new Item(InformationCategory.IDENTITY, POLICE, SharingBasis.CONSENT, UUID.randomUUID(), null),
                DAY,
                NOW,
                List.of(c),
                TEAM);

        assertThat(field(none)).isEqualTo("care.share.error.noGround");
        assertThat(field(anotherYouths)).isEqualTo("care.share.error.noGround");
    }

    @Test
    void aWithdrawnConsentAllowsNothingFromTheMomentOfItsWithdrawal() {
        YouthConsent withdrawn = consent(null, null, NOW, InformationCategory.IDENTITY);
        YouthConsent withdrawnLater = consent(null, null, NOW.plusSeconds(1), InformationCategory.IDENTITY);

        assertThat(field(withConsent(withdrawn, InformationCategory.IDENTITY, POLICE)))
                .isEqualTo("care.share.error.withdrawn");
        assertThat(withConsent(withdrawnLater, InformationCategory.IDENTITY, POLICE))
                .isInstanceOf(Allowed.class);
    }

    @Test
    void aConsentCoversOnlyTheDaysWithinItsDates() {
        YouthConsent endsTheDayBefore = consent(null, DAY.minusDays(1), null, InformationCategory.IDENTITY);
        YouthConsent endsThatDay = consent(null, DAY, null, InformationCategory.IDENTITY);

        assertThat(field(withConsent(endsTheDayBefore, InformationCategory.IDENTITY, POLICE)))
                .isEqualTo("care.share.error.notInForce");
        assertThat(withConsent(endsThatDay, InformationCategory.IDENTITY, POLICE))
                .isInstanceOf(Allowed.class);
        Decision beforeItStarts = SharingRule.decide(
                new Item(InformationCategory.IDENTITY, POLICE, SharingBasis.CONSENT, endsThatDay.id(), null),
                LocalDate.of(2026, 5, 31),
                NOW,
                List.of(endsThatDay),
                TEAM);
        assertThat(field(beforeItStarts)).isEqualTo("care.share.error.notInForce");
    }

    @Test
    void aLegalBasisNeedsAReasonAndIgnoresConsents() {
        Decision noReason = SharingRule.decide(
                new Item(InformationCategory.POLICE, SOCIETY, SharingBasis.CHILD_AT_RISK, null, "  "),
                DAY,
                NOW,
                List.of(),
                TEAM);
        Decision tooLong = SharingRule.decide(
                new Item(InformationCategory.POLICE, SOCIETY, SharingBasis.REQUIRED_BY_LAW, null, "x".repeat(2001)),
                DAY,
                NOW,
                List.of(),
                TEAM);
        Decision withReason = SharingRule.decide(
                new Item(InformationCategory.POLICE, SCHOOL_BOARD, SharingBasis.IMMINENT_DANGER, null, " seen with "),
                DAY,
                NOW,
                List.of(),
                TEAM);

        assertThat(field(noReason)).isEqualTo("care.share.error.reason");
        assertThat(field(tooLong)).isEqualTo("care.share.error.reasonLong");
        assertThat(withReason).isInstanceOf(Allowed.class);
        assertThat(((Allowed) withReason).reason()).isEqualTo("seen with");
        assertThat(((Allowed) withReason).consentId()).isNull();
    }

    @Test
    void theWeekEndsOnSunday() {
        assertThat(CareBoardActions.endOfWeek(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(CareBoardActions.endOfWeek(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(CareBoardActions.endOfWeek(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12, 13));
    }
}
