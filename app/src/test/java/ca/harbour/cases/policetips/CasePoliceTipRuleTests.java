package ca.harbour.cases.policetips;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.internal.CasePoliceTipDesk;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The page's choices of what a case tip shares and on which basis, as the desk offers them. */
class CasePoliceTipRuleTests {

    @Test
    void onlyIdentityContactAndTheCaseSummaryAreOffered() {
        assertThat(CasePoliceTipDesk.OFFERED)
                .containsExactlyInAnyOrder(
                        ConsentCategory.IDENTITY, ConsentCategory.CONTACT, ConsentCategory.CASE_SUMMARY);
        assertThat(CasePoliceTipDesk.EXCEPTIONS)
                .containsExactly("MINOR_AT_RISK", "IMMINENT_DANGER", "LEGAL_REQUIREMENT");
    }

    @Test
    void aConsentNamingOneServiceOfThePoliceDoesNotCoverTheWholeService() {
        UUID police = UUID.randomUUID();
        Consent consent = new Consent(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Consent.GivenBy.PERSON,
                Set.of(ConsentCategory.CASE_SUMMARY),
                police,
                UUID.randomUUID(),
                "purpose",
                LocalDate.now().minusDays(1),
                null,
                Consent.Manner.WRITTEN,
                null,
                Instant.now(),
                null);
        // a tip goes to the police service as a whole, which only a consent naming no service covers
        assertThat(consent.covers(police, null, Set.of(ConsentCategory.CASE_SUMMARY), LocalDate.now(), Instant.now()))
                .isFalse();
    }
}
