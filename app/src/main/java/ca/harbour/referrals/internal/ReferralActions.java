package ca.harbour.referrals.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.CaseSummary;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.ConsentWithdrawn;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.ServicePlans;
import ca.harbour.directory.ServiceFinder;
import ca.harbour.directory.ServiceOwners;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.referrals.ReferralAccepted;
import ca.harbour.referrals.ReferralBasis;
import ca.harbour.referrals.ReferralCompleted;
import ca.harbour.referrals.ReferralDeclined;
import ca.harbour.referrals.ReferralRevoked;
import ca.harbour.referrals.ReferralSent;
import ca.harbour.referrals.ReferralSide;
import ca.harbour.referrals.ReferralStatus;
import ca.harbour.referrals.internal.ReferralDesk.DisclosureState;
import ca.harbour.referrals.internal.Referrals.NewRow;
import ca.harbour.referrals.internal.Referrals.Referral;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends referrals and moves them on: lock, decide ({@link ReferralStatus#decide}), save, write the sending case's
 * timeline, audit, publish. A refused request changes nothing and says why.
 */
@Service
public class ReferralActions {

    private final Referrals referrals;
    private final ReferralDesk desk;
    private final CaseFiles cases;
    private final ServicePlans plans;
    private final ServiceFinder services;
    private final ServiceOwners owners;
    private final ResponseTargets targets;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralActions(
            Referrals referrals,
            ReferralDesk desk,
            CaseFiles cases,
            ServicePlans plans,
            ServiceFinder services,
            ServiceOwners owners,
            ResponseTargets targets,
            Audit audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.referrals = referrals;
        this.desk = desk;
        this.cases = cases;
        this.plans = plans;
        this.services = services;
        this.owners = owners;
        this.targets = targets;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The case a referral may be sent from by the viewer, or 404 / a refusal. */
    public CaseSummary sendingCase(StaffPrincipal viewer, UUID caseId) {
        CaseSummary summary = cases.require(viewer, caseId);
        if (!cases.mayUpdate(viewer, summary)) {
            throw Rejection.of("referrals.error.notYours").exception();
        }
        if (summary.status().closed()) {
            throw Rejection.of("referrals.error.caseClosed").exception();
        }
        return summary;
    }

    /** Creates a referral (a draft, sent at once unless the request says otherwise) and answers its id. */
    @Transactional
    public UUID create(StaffPrincipal viewer, ReferralRequest request) {
        CaseSummary sending = sendingCase(viewer, request.caseId());
        if (request.serviceId() == null
                || services.find(request.serviceId(), false).isEmpty()) {
            throw Rejection.field("serviceId", "referrals.error.service").exception();
        }
        UUID receiver = owners.harbourOrganization(request.serviceId()).orElse(null);
        if (receiver == null) {
            throw Rejection.field("serviceId", "referrals.error.notOnHarbour").exception();
        }
        if (request.urgency() == null) {
            throw Rejection.field("urgency", "referrals.error.urgency").exception();
        }
        if (request.categories().isEmpty()) {
            throw Rejection.field("categories", "referrals.error.categories").exception();
        }
        if (request.basis() == null) {
            throw Rejection.field("basis", "referrals.error.basis").exception();
        }
        String note = checkedNote(request.note());
        String reason = null;
        UUID consentId = null;
        if (request.basis() == ReferralBasis.CONSENT) {
            consentId = request.consentId();
            if (consentId == null) {
                throw Rejection.field("consentId", "referrals.error.consentNeeded")
                        .exception();
            }
        } else {
            reason = request.exceptionReason() == null
                    ? ""
                    : request.exceptionReason().strip();
            if (reason.isEmpty()) {
                throw Rejection.field("exceptionReason", "referrals.error.reasonNeeded")
                        .exception();
            }
            if (reason.length() > ReferralStatus.NOTE_MAX) {
                throw Rejection.field("exceptionReason", "referrals.error.tooLong")
                        .exception();
            }
        }
        Instant now = clock.instant();
        if (consentId != null
                && !desk.consentCovers(
                        sending.id(),
                        consentId,
                        receiver,
                        request.serviceId(),
                        request.categories(),
                        LocalDate.now(clock),
                        now)) {
            throw Rejection.field("consentId", "referrals.error.notCovered").exception();
        }
        UUID id = UUID.randomUUID();
        NewRow row = new NewRow(
                id,
                sending.id(),
                viewer.organizationId(),
                receiver,
                request.serviceId(),
                request.basis(),
                consentId,
                reason,
                request.categories(),
                request.urgency(),
                viewer.userId(),
                now,
                false);
        referrals.insert(row);
        Referral created = referrals.find(id, true).orElseThrow();
        referrals.move(id, null, ReferralStatus.DRAFT, viewer.userId(), request.send() ? null : note, now);
        audit.record(AuditAction.CREATE, "referral", id);
        if (request.basis().exception()) {
            audit.record(
                    AuditAction.EXCEPTION_GRANTED,
                    "referral",
                    id,
                    request.basis().name());
        }
        if (request.send()) {
            send(viewer, created, note, now);
        }
        return id;
    }

    /** Moves a referral on for the side the move belongs to; a refused move changes nothing and says why. */
    @Transactional
    public void move(
            StaffPrincipal viewer, UUID id, @Nullable ReferralStatus to, @Nullable String note, boolean openCase) {
        Referral r = desk.visible(viewer, id, true);
        if (to == null) {
            throw Rejection.field("status", "referrals.error.transition").exception();
        }
        ReferralSide side =
                to == ReferralStatus.SENT || to == ReferralStatus.REVOKED ? ReferralSide.SENDER : ReferralSide.RECEIVER;
        mayAct(viewer, r, side);
        if (r.status().decide(to, side, note) instanceof ReferralStatus.Refused refused) {
            throw refused.rejection().exception();
        }
        Instant now = clock.instant();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (to == ReferralStatus.SENT) {
            if (r.basis() == ReferralBasis.CONSENT
                    && !desk.consentCovers(
                            r.caseId(),
                            r.consentId(),
                            r.receivingOrganizationId(),
                            r.serviceId(),
                            r.categories(),
                            LocalDate.now(clock),
                            now)) {
                throw Rejection.field("consentId", "referrals.error.notCovered").exception();
            }
            send(viewer, r, text, now);
            return;
        }
        referrals.move(id, r.status(), to, viewer.userId(), text, now);
        audit.record(AuditAction.UPDATE, "referral", id, r.status() + " to " + to);
        switch (to) {
            case ACCEPTED -> {
                UUID linked = openCase ? openLinkedCase(viewer, r) : null;
                cases.recordOnTimeline(r.caseId(), "REFERRAL_ACCEPTED", id, viewer.userId());
                events.publishEvent(new ReferralAccepted(id, r.caseId(), linked));
            }
            case DECLINED -> {
                cases.recordOnTimeline(r.caseId(), "REFERRAL_DECLINED", id, viewer.userId());
                events.publishEvent(new ReferralDeclined(id, r.caseId()));
            }
            case COMPLETED -> {
                cases.recordOnTimeline(r.caseId(), "REFERRAL_COMPLETED", id, viewer.userId());
                // the service the referral asked for was given: the sending case's plan says so, in this transaction
                plans.markDelivered(r.caseId(), r.serviceId(), id);
                events.publishEvent(new ReferralCompleted(id, r.caseId(), r.serviceId()));
            }
            case REVOKED -> {
                cases.recordOnTimeline(r.caseId(), "REFERRAL_REVOKED", id, viewer.userId());
                events.publishEvent(new ReferralRevoked(id, r.caseId()));
            }
            default -> {}
        }
    }

    private void mayAct(StaffPrincipal viewer, Referral r, ReferralSide side) {
        if (!ReferralDesk.sides(viewer, r).contains(side)) {
            throw Rejection.of("referrals.error.otherSide").exception();
        }
        if (side == ReferralSide.SENDER) {
            CaseSummary summary = cases.visible(viewer, r.caseId()).orElse(null);
            if (summary == null || !cases.mayUpdate(viewer, summary)) {
                throw Rejection.of("referrals.error.notYours").exception();
            }
        } else if (!AccessPolicy.permits(
                viewer, ReferralsContributions.REFERRAL_UPDATE, Ownership.of(r.receivingOrganizationId()))) {
            throw Rejection.of("referrals.error.notYours").exception();
        }
    }

    private void send(StaffPrincipal viewer, Referral r, @Nullable String note, Instant now) {
        referrals.move(r.id(), ReferralStatus.DRAFT, ReferralStatus.SENT, viewer.userId(), note, now);
        referrals.due(r.id(), targets.dueAt(r.urgency(), now));
        audit.record(AuditAction.UPDATE, "referral", r.id(), "sent");
        cases.recordOnTimeline(r.caseId(), "REFERRAL_SENT", r.id(), viewer.userId());
        events.publishEvent(new ReferralSent(
                r.id(), r.caseId(), r.senderOrganizationId(), r.receivingOrganizationId(), r.serviceId()));
    }

    /** A case at the receiving agency carrying only what is disclosed now: the name only when identity is shared. */
    private UUID openLinkedCase(StaffPrincipal viewer, Referral r) {
        ReferralDesk.Disclosure disclosure = desk.disclose(r);
        if (disclosure.state() != DisclosureState.SHOWN || disclosure.shown() == null) {
            throw Rejection.of("referrals.error.nothingToCarry").exception();
        }
        String label = r.categories().contains(ConsentCategory.IDENTITY)
                ? disclosure.shown().summary().label()
                : "REF-" + r.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        UUID linked = cases.open(viewer, new NewCase(CaseOrigin.REFERRAL, r.id(), label, null, List.of(), List.of()));
        referrals.linkCase(r.id(), linked);
        return linked;
    }

    private static @Nullable String checkedNote(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > ReferralStatus.NOTE_MAX) {
            throw Rejection.field("note", "referrals.error.tooLong").exception();
        }
        return note.strip();
    }

    /** A withdrawn consent stops what it let through at once: its open referrals are marked (reads check it too). */
    @EventListener
    @Transactional
    public void on(ConsentWithdrawn withdrawn) {
        for (UUID id : referrals.consentEnded(withdrawn.consentId())) {
            audit.record(AuditAction.UPDATE, "referral", id, "consent withdrawn");
        }
    }
}
