package ca.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cases API other modules use: one access decision (agency reads, assigned workers change, other agencies
 * see nothing and their attempt is audited), the timeline, and consents that stop the day they are withdrawn.
 */
@HarbourTest
class CaseDeskIntegrationTests {

    @Autowired
    CaseFiles cases;

    @Autowired
    CaseConsents consents;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Organization agency;
    private Organization otherAgency;
    private StaffPrincipal worker;
    private StaffPrincipal colleague;
    private StaffPrincipal supervisor;
    private StaffPrincipal stranger;
    private StaffPrincipal advocate;

    @BeforeEach
    void staff() {
        agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        otherAgency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        worker = Fixtures.principal(fixtures.staff(agency, Role.CASE_WORKER));
        colleague = Fixtures.principal(fixtures.staff(agency, Role.CASE_WORKER));
        supervisor = Fixtures.principal(fixtures.staff(agency, Role.SUPERVISOR));
        stranger = Fixtures.principal(fixtures.staff(otherAgency, Role.SUPERVISOR));
        advocate = Fixtures.principal(fixtures.staff(agency, Role.ADVOCATE));
    }

    private UUID open() {
        return cases.open(
                worker,
                new NewCase(CaseOrigin.DIRECT, null, "Ana R.", "Met at the clinic", List.of("LABOUR"), List.of()));
    }

    @Test
    void theAgencyReadsItsAssignedWorkersChangeItAndAnotherAgencySeesNothingAndIsAudited() {
        UUID id = open();

        CaseSummary seen = cases.visible(colleague, id).orElseThrow();
        assertThat(seen.label()).isEqualTo("Ana R.");
        assertThat(seen.reference()).matches("C-\\d{4}-\\d{6}");
        assertThat(seen.assignedWorkerIds()).containsExactly(worker.userId());
        assertThat(seen.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(cases.mayUpdate(worker, seen)).isTrue();
        assertThat(cases.mayUpdate(supervisor, seen)).isTrue();
        assertThat(cases.mayUpdate(colleague, seen)).isFalse();

        // a quiet look (a referral's receiving agency) is not an attempt; asking for the case by its id is one
        assertThat(cases.visible(stranger, id)).isEmpty();
        assertThat(cases.visible(advocate, id)).isEmpty();
        assertThatThrownBy(() -> cases.require(stranger, id))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.refusedType()).isEqualTo("case"));
        assertThatThrownBy(() -> cases.require(stranger, UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.refusedType()).isNull());
        assertThat(cases.require(colleague, id).id()).isEqualTo(id);
        assertThat(cases.visible(stranger, UUID.randomUUID())).isEmpty();
    }

    @Test
    void thePersonalTextIsEncryptedAtRest() {
        UUID id = open();
        byte[] label = jdbc.queryForObject("select label from case_file where id = ?", byte[].class, id);
        assertThat(new String(label, StandardCharsets.ISO_8859_1)).doesNotContain("Ana");
    }

    @Test
    void anAdvocateOpensACaseButCannotReadIt() {
        UUID id = cases.open(
                advocate, new NewCase(CaseOrigin.CONTACT, UUID.randomUUID(), "Caller 12", null, List.of(), List.of()));
        assertThat(cases.visible(supervisor, id)).isPresent();
        assertThat(cases.visible(advocate, id)).isEmpty();
    }

    @Test
    void badOpeningsAreRefusedAndStoreNothing() {
        int before = jdbc.queryForObject("select count(*) from case_file", Integer.class);
        assertThatThrownBy(() ->
                        cases.open(worker, new NewCase(CaseOrigin.DIRECT, null, "  ", null, List.of(), List.of())))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> cases.open(
                        worker, new NewCase(CaseOrigin.DIRECT, null, "x".repeat(201), null, List.of(), List.of())))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> cases.open(
                        worker, new NewCase(CaseOrigin.DIRECT, null, "Ana", null, List.of("<script>"), List.of())))
                .isInstanceOf(Rejected.class);
        assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void aConsentCoversItsOrganizationCategoriesAndDatesUntilItIsWithdrawn() {
        UUID id = open();
        LocalDate today = LocalDate.now();
        UUID consentId = consents.record(
                worker,
                id,
                new NewConsent(
                        Consent.GivenBy.PERSON,
                        Set.of(ConsentCategory.IDENTITY, ConsentCategory.CASE_SUMMARY),
                        otherAgency.id(),
                        null,
                        "Housing referral",
                        today,
                        today.plusMonths(3),
                        Consent.Manner.WRITTEN,
                        null));
        Consent consent = consents.find(consentId).orElseThrow();
        Instant now = Instant.now();
        assertThat(consent.covers(otherAgency.id(), null, Set.of(ConsentCategory.IDENTITY), today, now))
                .isTrue();
        assertThat(consent.covers(otherAgency.id(), null, Set.of(ConsentCategory.SAFETY_PLAN), today, now))
                .isFalse();
        assertThat(consent.covers(agency.id(), null, Set.of(ConsentCategory.IDENTITY), today, now))
                .isFalse();
        assertThat(consent.covers(otherAgency.id(), null, Set.of(ConsentCategory.IDENTITY), today.plusMonths(4), now))
                .isFalse();

        assertThatThrownBy(() -> consents.withdraw(colleague, consentId)).isInstanceOf(Rejected.class);
        consents.withdraw(worker, consentId);
        Consent withdrawn = consents.find(consentId).orElseThrow();
        assertThat(withdrawn.covers(otherAgency.id(), null, Set.of(ConsentCategory.IDENTITY), today, Instant.now()))
                .isFalse();
        assertThat(jdbc.queryForList("select kind from case_event where case_id = ? order by at", String.class, id))
                .containsExactly("OPENED", "CONSENT_RECORDED", "CONSENT_WITHDRAWN");
    }

    @Test
    void aVerbalConsentNeedsAWitnessAndAnEndAfterItsStart() {
        UUID id = open();
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> consents.record(
                        worker,
                        id,
                        new NewConsent(
                                Consent.GivenBy.PERSON,
                                Set.of(ConsentCategory.IDENTITY),
                                otherAgency.id(),
                                null,
                                "Housing",
                                today,
                                null,
                                Consent.Manner.VERBAL_WITNESSED,
                                " ")))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> consents.record(
                        worker,
                        id,
                        new NewConsent(
                                Consent.GivenBy.PERSON,
                                Set.of(ConsentCategory.IDENTITY),
                                otherAgency.id(),
                                null,
                                "Housing",
                                today,
                                today.minusDays(1),
                                Consent.Manner.WRITTEN,
                                null)))
                .isInstanceOf(Rejected.class);
        assertThat(consents.forCase(id)).isEmpty();
    }
}
