package ca.harbour.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.NewConsent;
import ca.harbour.cases.internal.work.ServicePlanDesk;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.referrals.internal.ReferralActions;
import ca.harbour.referrals.internal.ReferralDesk;
import ca.harbour.referrals.internal.ReferralDesk.DisclosureState;
import ca.harbour.referrals.internal.ReferralDesk.ReferralView;
import ca.harbour.referrals.internal.ReferralDesk.Row;
import ca.harbour.referrals.internal.ReferralRequest;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Referrals between agencies: sending needs a consent covering the receiver and what is shared (or a recorded
 * exception); the receiver sees only the consented categories and only while the consent covers them; a third
 * agency sees nothing; lists follow the same decision as the referral itself; the sending case's timeline and the
 * module's events follow every answer.
 */
@HarbourTest
@RecordApplicationEvents
class ReferralsIntegrationTests {

    @Autowired
    ServicePlanDesk plans;

    @Autowired
    ReferralActions actions;

    @Autowired
    ReferralDesk desk;

    @Autowired
    CaseFiles cases;

    @Autowired
    CaseConsents consents;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private ReferralWorld w;

    @AfterEach
    void removeDirectoryRows() {
        w.removeDirectoryRows();
    }

    @BeforeEach
    void world() {
        w = new ReferralWorld(fixtures, jdbc, cases, consents);
    }

    private int referralsOf(UUID caseId) {
        return jdbc.queryForObject("select count(*) from referral where case_id = ?", Integer.class, caseId);
    }

    @Test
    void sendingWithoutAConsentThatCoversTheReceiverAndEveryCategoryIsRefusedAndStoresNothing() {
        UUID caseId = w.openCase();
        UUID identityOnly = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        UUID forThird =
                w.consent(caseId, w.third.id(), Set.of(ConsentCategory.IDENTITY, ConsentCategory.CASE_SUMMARY), null);
        Set<ConsentCategory> both = Set.of(ConsentCategory.IDENTITY, ConsentCategory.CASE_SUMMARY);

        for (UUID consent : new UUID[] {identityOnly, forThird, null, UUID.randomUUID()}) {
            assertThatThrownBy(() -> actions.create(w.worker, w.request(caseId, both, consent)))
                    .isInstanceOf(Rejected.class)
                    .extracting(e -> ((Rejected) e).rejection().fields().keySet())
                    .isEqualTo(Set.of("consentId"));
        }
        UUID otherCase = w.openCase();
        UUID otherCaseConsent = w.consent(otherCase, w.receiver.id(), both, null);
        assertThatThrownBy(() -> actions.create(w.worker, w.request(caseId, both, otherCaseConsent)))
                .isInstanceOf(Rejected.class);
        assertThat(referralsOf(caseId)).isZero();

        assertThat(actions.create(w.worker, w.request(caseId, Set.of(ConsentCategory.IDENTITY), identityOnly)))
                .isNotNull();
        assertThat(referralsOf(caseId)).isEqualTo(1);
    }

    @Test
    void aConsentNamingOneServiceCoversOnlyThatServiceAndADraftIsCheckedAgainWhenSent() {
        UUID caseId = w.openCase();
        UUID otherService = w.anotherService(w.receiver.id());
        UUID namingOther = consents.record(
                w.worker,
                caseId,
                new NewConsent(
                        Consent.GivenBy.PERSON,
                        Set.of(ConsentCategory.IDENTITY),
                        w.receiver.id(),
                        otherService,
                        "Counselling only",
                        LocalDate.now(),
                        null,
                        Consent.Manner.WRITTEN,
                        null));
        assertThatThrownBy(() ->
                        actions.create(w.worker, w.request(caseId, Set.of(ConsentCategory.IDENTITY), namingOther)))
                .isInstanceOf(Rejected.class);

        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        UUID draft = actions.create(
                w.worker,
                new ReferralRequest(
                        caseId,
                        w.service,
                        Urgency.ROUTINE,
                        Set.of(ConsentCategory.IDENTITY),
                        ReferralBasis.CONSENT,
                        consent,
                        null,
                        "Draft note",
                        false));
        assertThat(desk.read(w.worker, draft).referral().dueAt()).isNull();
        consents.withdraw(w.worker, consent);
        assertThatThrownBy(() -> actions.move(w.worker, draft, ReferralStatus.SENT, null, false))
                .isInstanceOf(Rejected.class);
        assertThat(desk.read(w.worker, draft).referral().status()).isEqualTo(ReferralStatus.DRAFT);
    }

    @Test
    void badRequestsAreRefusedNextToTheirField() {
        UUID caseId = w.openCase();
        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        Set<ConsentCategory> identity = Set.of(ConsentCategory.IDENTITY);
        assertField(
                new ReferralRequest(
                        caseId, null, Urgency.ROUTINE, identity, ReferralBasis.CONSENT, consent, null, null, true),
                "serviceId");
        assertField(
                new ReferralRequest(
                        caseId,
                        UUID.randomUUID(),
                        Urgency.ROUTINE,
                        identity,
                        ReferralBasis.CONSENT,
                        consent,
                        null,
                        null,
                        true),
                "serviceId");
        assertField(
                new ReferralRequest(
                        caseId,
                        w.serviceOffHarbour,
                        Urgency.ROUTINE,
                        identity,
                        ReferralBasis.CONSENT,
                        consent,
                        null,
                        null,
                        true),
                "serviceId");
        assertField(
                new ReferralRequest(
                        caseId, w.service, null, identity, ReferralBasis.CONSENT, consent, null, null, true),
                "urgency");
        assertField(
                new ReferralRequest(
                        caseId, w.service, Urgency.ROUTINE, Set.of(), ReferralBasis.CONSENT, consent, null, null, true),
                "categories");
        assertField(
                new ReferralRequest(caseId, w.service, Urgency.ROUTINE, identity, null, consent, null, null, true),
                "basis");
        assertField(
                new ReferralRequest(
                        caseId,
                        w.service,
                        Urgency.ROUTINE,
                        identity,
                        ReferralBasis.MINOR_AT_RISK,
                        null,
                        " ",
                        null,
                        true),
                "exceptionReason");
        assertField(
                new ReferralRequest(
                        caseId,
                        w.service,
                        Urgency.ROUTINE,
                        identity,
                        ReferralBasis.CONSENT,
                        consent,
                        null,
                        "x".repeat(2001),
                        true),
                "note");
        assertThatThrownBy(() -> actions.create(w.colleague, w.request(caseId, identity, consent)))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> actions.create(w.stranger, w.request(caseId, identity, consent)))
                .isInstanceOf(NotFoundException.class);
        assertThat(referralsOf(caseId)).isZero();
    }

    private void assertField(ReferralRequest request, String field) {
        assertThatThrownBy(() -> actions.create(w.worker, request))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).rejection().fields().keySet())
                .isEqualTo(Set.of(field));
    }

    @Test
    void theReceiverSeesOnlyTheConsentedCategoriesAndNothingOnceTheConsentIsWithdrawn() {
        UUID caseId = w.openCase();
        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        UUID id = actions.create(w.worker, w.request(caseId, Set.of(ConsentCategory.IDENTITY), consent));

        ReferralView seen = desk.read(w.receiving, id);
        assertThat(seen.sides()).containsExactly(ReferralSide.RECEIVER);
        assertThat(seen.sendingCase()).isNull();
        assertThat(seen.disclosure().state()).isEqualTo(DisclosureState.SHOWN);
        assertThat(seen.disclosure().shown().summary().label()).isEqualTo(ReferralWorld.LABEL);
        assertThat(seen.referral().categories()).containsExactly(ConsentCategory.IDENTITY);
        assertThat(seen.sides()).doesNotContain(ReferralSide.SENDER);

        consents.withdraw(w.worker, consent);
        ReferralView after = desk.read(w.receiving, id);
        assertThat(after.disclosure().state()).isEqualTo(DisclosureState.CONSENT_WITHDRAWN);
        assertThat(after.disclosure().shown()).isNull();
        assertThat(jdbc.queryForObject("select consent_ended from referral where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void anExpiredConsentHidesTheContentAtTheNextRead() {
        UUID caseId = w.openCase();
        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), LocalDate.now());
        UUID id = actions.create(w.worker, w.request(caseId, Set.of(ConsentCategory.IDENTITY), consent));
        assertThat(desk.read(w.receiving, id).disclosure().state()).isEqualTo(DisclosureState.SHOWN);

        // the consent's last day passes
        jdbc.update(
                "update case_consent set valid_from = ?, valid_until = ? where id = ?",
                LocalDate.now().minusDays(10),
                LocalDate.now().minusDays(1),
                consent);
        ReferralView after = desk.read(w.receiving, id);
        assertThat(after.disclosure().state()).isEqualTo(DisclosureState.CONSENT_EXPIRED);
        assertThat(after.disclosure().shown()).isNull();
    }

    @Test
    void aRevokedReferralShowsTheReceiverNothingAndMovesNoMore() {
        UUID caseId = w.openCase();
        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        UUID id = actions.create(w.worker, w.request(caseId, Set.of(ConsentCategory.IDENTITY), consent));
        actions.move(w.receiving, id, ReferralStatus.RECEIVED, null, false);

        assertThatThrownBy(() -> actions.move(w.receiving, id, ReferralStatus.REVOKED, null, false))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> actions.move(w.colleague, id, ReferralStatus.REVOKED, null, false))
                .isInstanceOf(Rejected.class);
        actions.move(w.supervisor, id, ReferralStatus.REVOKED, "Found a closer service", false);

        ReferralView seen = desk.read(w.receiving, id);
        assertThat(seen.referral().status()).isEqualTo(ReferralStatus.REVOKED);
        assertThat(seen.disclosure().state()).isEqualTo(DisclosureState.REVOKED);
        assertThat(seen.disclosure().shown()).isNull();
        assertThatThrownBy(() -> actions.move(w.receiving, id, ReferralStatus.ACCEPTED, null, false))
                .isInstanceOf(Rejected.class);
        assertThat(events.stream(ReferralRevoked.class)
                        .filter(e -> e.referralId().equals(id)))
                .hasSize(1);
        assertThat(seen.history())
                .extracting(t -> t.to())
                .containsExactly(
                        ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.RECEIVED, ReferralStatus.REVOKED);
        assertThat(seen.history()).allSatisfy(t -> assertThat(t.note()).isNull());
        assertThat(desk.read(w.supervisor, id).history().get(3).note()).isEqualTo("Found a closer service");
        byte[] stored = jdbc.queryForObject(
                "select note from referral_transition where referral_id = ? and to_status = 'REVOKED'",
                byte[].class,
                id);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("closer");
    }

    @Test
    void aThirdAgencySeesNothingAndItsAttemptIsAuditedAsDenied() {
        UUID caseId = w.openCase();
        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        UUID id = actions.create(w.worker, w.request(caseId, Set.of(ConsentCategory.IDENTITY), consent));

        assertThatThrownBy(() -> desk.read(w.stranger, id))
                .isInstanceOf(NotFoundException.class)
                .extracting(e -> ((NotFoundException) e).refusedType())
                .isEqualTo("referral");
        assertThatThrownBy(() -> actions.move(w.stranger, id, ReferralStatus.RECEIVED, null, false))
                .isInstanceOf(NotFoundException.class)
                .extracting(e -> ((NotFoundException) e).refusedType())
                .isEqualTo("referral");
        assertThat(ids(desk.incoming(w.stranger, 1).rows())).doesNotContain(id);
        assertThat(ids(desk.outgoing(w.stranger, 1).rows())).doesNotContain(id);
        assertThatThrownBy(() -> desk.forCase(w.stranger, caseId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyListShowsExactlyTheReferralsTheDetailPageAllows() {
        UUID caseId = w.openCase();
        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        UUID sent = actions.create(w.worker, w.request(caseId, Set.of(ConsentCategory.IDENTITY), consent));
        ReferralRequest draftRequest = new ReferralRequest(
                caseId,
                w.service,
                Urgency.URGENT,
                Set.of(ConsentCategory.IDENTITY),
                ReferralBasis.CONSENT,
                consent,
                null,
                null,
                false);
        UUID draft = actions.create(w.worker, draftRequest);
        List<UUID> mine = List.of(sent, draft);

        for (StaffPrincipal viewer : List.of(w.worker, w.colleague, w.supervisor, w.receiving, w.stranger)) {
            Set<UUID> listed = new HashSet<>(ids(desk.incoming(viewer, 1).rows()));
            listed.addAll(ids(desk.outgoing(viewer, 1).rows()));
            for (UUID id : mine) {
                boolean readable;
                try {
                    desk.read(viewer, id);
                    readable = true;
                } catch (NotFoundException e) {
                    readable = false;
                }
                assertThat(listed.contains(id))
                        .as("%s listed for %s", id, viewer.username())
                        .isEqualTo(readable);
            }
        }
        assertThat(ids(desk.incoming(w.receiving, 1).rows())).contains(sent).doesNotContain(draft);
        assertThat(ids(desk.outgoing(w.colleague, 1).rows())).contains(sent, draft);
        assertThat(ids(desk.forCase(w.colleague, caseId))).containsExactlyInAnyOrder(sent, draft);
    }

    @Test
    void anUnansweredReferralPastItsTargetIsOverdueOnBothSidesUntilAnswered() {
        UUID caseId = w.openCase();
        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        UUID id = actions.create(w.worker, w.request(caseId, Set.of(ConsentCategory.IDENTITY), consent));
        assertThat(row(desk.incoming(w.receiving, 1).rows(), id).overdue()).isFalse();

        jdbc.update("update referral set due_at = now() - interval '1 hour' where id = ?", id);
        assertThat(row(desk.incoming(w.receiving, 1).rows(), id).overdue()).isTrue();
        assertThat(row(desk.outgoing(w.worker, 1).rows(), id).overdue()).isTrue();
        assertThat(desk.read(w.worker, id).overdue()).isTrue();

        actions.move(w.receiving, id, ReferralStatus.RECEIVED, null, false);
        assertThat(row(desk.incoming(w.receiving, 1).rows(), id).overdue()).isTrue();
        actions.move(w.receiving, id, ReferralStatus.WAIT_LISTED, null, false);
        assertThat(row(desk.incoming(w.receiving, 1).rows(), id).overdue()).isFalse();
    }

    @Test
    void acceptingOpensALinkedCaseWithOnlyTheSharedNameAndCompletingWritesTheSendingTimelineAndPlan() {
        UUID caseId = w.openCase();
        UUID goal = plans.addGoal(w.worker, caseId, "Safe housing", null);
        UUID planned = plans.addService(w.worker, caseId, goal, w.service, null);
        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        UUID id = actions.create(w.worker, w.request(caseId, Set.of(ConsentCategory.IDENTITY), consent));
        actions.move(w.receiving, id, ReferralStatus.RECEIVED, null, false);
        assertThatThrownBy(() -> actions.move(w.receiving, id, ReferralStatus.DECLINED, " ", false))
                .isInstanceOf(Rejected.class);
        actions.move(w.receiving, id, ReferralStatus.ACCEPTED, "Welcome", true);
        actions.move(w.receiving, id, ReferralStatus.COMPLETED, null, false);

        UUID linked = desk.read(w.receiving, id).referral().linkedCaseId();
        assertThat(linked).isNotNull();
        var opened = cases.visible(w.receiving, linked).orElseThrow();
        assertThat(opened.label()).isEqualTo(ReferralWorld.LABEL);
        assertThat(opened.organizationId()).isEqualTo(w.receiver.id());
        assertThat(jdbc.queryForObject("select summary is null from case_file where id = ?", Boolean.class, linked))
                .isTrue();

        assertThat(jdbc.queryForList(
                        "select kind from case_event where case_id = ? and kind like 'REFERRAL%' order by at, kind",
                        String.class, caseId))
                .containsExactly("REFERRAL_SENT", "REFERRAL_ACCEPTED", "REFERRAL_COMPLETED");
        // the service the referral asked for is marked as given in the sending case's plan
        assertThat(jdbc.queryForObject("select status from case_planned_service where id = ?", String.class, planned))
                .isEqualTo("DELIVERED");
        assertThat(events.stream(ReferralSent.class).filter(e -> e.referralId().equals(id)))
                .containsExactly(new ReferralSent(id, caseId, w.sender.id(), w.receiver.id(), w.service));
        assertThat(events.stream(ReferralAccepted.class)
                        .filter(e -> e.referralId().equals(id)))
                .containsExactly(new ReferralAccepted(id, caseId, linked));
        assertThat(events.stream(ReferralCompleted.class)
                        .filter(e -> e.referralId().equals(id)))
                .containsExactly(new ReferralCompleted(id, caseId, w.service));
    }

    @Test
    void anExceptionWithoutConsentKeepsItsReasonEncryptedAuditsOnlyTheCategoryAndShowsToSupervisors() {
        UUID caseId = w.openCase();
        String reason = "Called from a motel, fears being moved tonight";
        UUID id = actions.create(
                w.worker,
                new ReferralRequest(
                        caseId,
                        w.service,
                        Urgency.URGENT,
                        Set.of(ConsentCategory.IDENTITY),
                        ReferralBasis.IMMINENT_DANGER,
                        null,
                        reason,
                        null,
                        true));

        byte[] stored = jdbc.queryForObject("select exception_reason from referral where id = ?", byte[].class, id);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("motel");
        assertThat(jdbc.queryForList(
                        "select reason from audit_event where action = 'EXCEPTION_GRANTED' and resource_id = ?",
                        String.class,
                        id.toString()))
                .containsExactly("IMMINENT_DANGER");
        assertThat(desk.exceptions(w.supervisor))
                .filteredOn(r -> r.referral().id().equals(id))
                .singleElement()
                .satisfies(r -> assertThat(r.referral().exceptionReason()).isEqualTo(reason));
        assertThat(desk.exceptions(w.worker)).isEmpty();
        assertThat(desk.read(w.receiving, id).disclosure().state()).isEqualTo(DisclosureState.SHOWN);
    }

    private static List<UUID> ids(List<Row> rows) {
        return rows.stream().map(r -> r.referral().id()).toList();
    }

    private static Row row(List<Row> rows, UUID id) {
        return rows.stream()
                .filter(r -> r.referral().id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
