package ca.harbour.referrals;

import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.NewConsent;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.referrals.internal.ReferralRequest;
import ca.harbour.support.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;

/**
 * Three agencies for a referral test, made new for each test: the sender (a case worker assigned to the case, a
 * colleague who is not, a supervisor), the receiver (which runs a directory service) and a third agency; plus a
 * directory service whose organization does not use Harbour.
 */
final class ReferralWorld {

    static final String LABEL = "Ana Referral-Test";

    final Organization sender;
    final Organization receiver;
    final Organization third;
    final Authentication workerAuth;
    final Authentication colleagueAuth;
    final Authentication supervisorAuth;
    final Authentication receivingAuth;
    final Authentication thirdAuth;
    final StaffPrincipal worker;
    final StaffPrincipal colleague;
    final StaffPrincipal supervisor;
    final StaffPrincipal receiving;
    final StaffPrincipal stranger;
    final UUID service;
    final UUID serviceOffHarbour;

    private final CaseFiles cases;
    private final CaseConsents consents;

    private final JdbcTemplate jdbc;
    private final List<UUID> moreServices = new ArrayList<>();

    ReferralWorld(Fixtures fixtures, JdbcTemplate jdbc, CaseFiles cases, CaseConsents consents) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.consents = consents;
        sender = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        receiver = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        third = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        workerAuth = fixtures.staff(sender, Role.CASE_WORKER);
        colleagueAuth = fixtures.staff(sender, Role.CASE_WORKER);
        supervisorAuth = fixtures.staff(sender, Role.SUPERVISOR);
        receivingAuth = fixtures.staff(receiver, Role.CASE_WORKER);
        thirdAuth = fixtures.staff(third, Role.SUPERVISOR);
        worker = Fixtures.principal(workerAuth);
        colleague = Fixtures.principal(colleagueAuth);
        supervisor = Fixtures.principal(supervisorAuth);
        receiving = Fixtures.principal(receivingAuth);
        stranger = Fixtures.principal(thirdAuth);
        service = directoryService(jdbc, receiver.id());
        serviceOffHarbour = directoryService(jdbc, null);
    }

    /**
     * Removes the directory rows this world wrote straight into the tables: the directory's own tests count the
     * demo directory against its search index, which these rows never reach.
     */
    void removeDirectoryRows() {
        removeDirectoryRows(jdbc, service, serviceOffHarbour);
        removeDirectoryRows(jdbc, moreServices.toArray(UUID[]::new));
    }

    /** Another directory service that {@code owner} runs (removed with the others). */
    UUID anotherService(UUID owner) {
        UUID id = directoryService(jdbc, owner);
        moreServices.add(id);
        return id;
    }

    static void removeDirectoryRows(JdbcTemplate jdbc, UUID... services) {
        for (UUID s : services) {
            UUID org = jdbc.queryForObject("select organization_id from dir_service where id = ?", UUID.class, s);
            jdbc.update("delete from dir_service where id = ?", s);
            jdbc.update("delete from dir_organization where id = ?", org);
        }
    }

    private static UUID directoryService(JdbcTemplate jdbc, @Nullable UUID owner) {
        UUID org = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        jdbc.update(
                "insert into dir_organization(id, name, owner_organization_id) values (?, ?, ?)",
                org,
                "Referral test agency " + org.toString().substring(0, 8),
                owner);
        jdbc.update(
                "insert into dir_service(id, organization_id, name) values (?, ?, ?)",
                service,
                org,
                "Referral test housing " + service.toString().substring(0, 8));
        return service;
    }

    UUID openCase() {
        return cases.open(
                worker, new NewCase(CaseOrigin.DIRECT, null, LABEL, "Met at the clinic", List.of("LABOUR"), List.of()));
    }

    UUID consent(UUID caseId, UUID to, Set<ConsentCategory> categories, @Nullable LocalDate until) {
        return consents.record(
                worker,
                caseId,
                new NewConsent(
                        Consent.GivenBy.PERSON,
                        categories,
                        to,
                        null,
                        "Housing support",
                        LocalDate.now().minusDays(1),
                        until,
                        Consent.Manner.WRITTEN,
                        null));
    }

    /** The consent a referral went under. */
    UUID consentOf(UUID referralId) {
        return jdbc.queryForObject("select consent_id from referral where id = ?", UUID.class, referralId);
    }

    ReferralRequest request(UUID caseId, Set<ConsentCategory> categories, @Nullable UUID consentId) {
        return new ReferralRequest(
                caseId, service, Urgency.ROUTINE, categories, ReferralBasis.CONSENT, consentId, null, null, true);
    }
}
