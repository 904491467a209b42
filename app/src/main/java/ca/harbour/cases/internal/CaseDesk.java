package ca.harbour.cases.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOpened;
import ca.harbour.cases.CaseSummary;
import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentRecorded;
import ca.harbour.cases.ConsentWithdrawn;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.NewConsent;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.directory.ServiceOwners;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.Scope;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one decision point for cases: every read of a case goes through {@link #readable}, every change through
 * {@link #changeable}, and lists use the same permission as SQL ({@link CaseRecords#ASSIGNED},
 * {@link CaseRecords#ORGANIZATION}). A case the viewer may not see answers 404, and the attempt is audited.
 */
@Service
public class CaseDesk implements CaseFiles, CaseConsents {

    static final int LABEL_MAX = 200;
    static final int SUMMARY_MAX = 4000;
    static final int PURPOSE_MAX = 500;

    private final CaseRecords cases;
    private final ConsentRecords consents;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final ServiceOwners owners;
    private final Clock clock;

    CaseDesk(
            CaseRecords cases,
            ConsentRecords consents,
            Audit audit,
            ApplicationEventPublisher events,
            ServiceOwners owners,
            Clock clock) {
        this.cases = cases;
        this.consents = consents;
        this.audit = audit;
        this.events = events;
        this.owners = owners;
        this.clock = clock;
    }

    /** The case, read by the viewer (audited), or 404 when it does not exist or the viewer may not see it. */
    @Transactional
    public CaseRow read(StaffPrincipal viewer, UUID caseId) {
        CaseRow row = readable(viewer, caseId);
        audit.record(AuditAction.READ, "case", caseId);
        return row;
    }

    /** The case when the viewer may read it; otherwise 404, audited as denied when it exists. */
    CaseRow readable(StaffPrincipal viewer, UUID caseId) {
        CaseRow row = cases.find(caseId).orElseThrow(NotFoundException::new);
        if (!AccessPolicy.permits(viewer, CasesContributions.CASE_READ, row.ownership())) {
            throw NotFoundException.refused("case", caseId);
        }
        return row;
    }

    /** The case when the viewer may change it; a case they may read but not change is refused with a reason. */
    CaseRow changeable(StaffPrincipal viewer, UUID caseId) {
        CaseRow row = readable(viewer, caseId);
        if (!AccessPolicy.permits(viewer, CasesContributions.CASE_UPDATE, row.ownership())) {
            throw Rejection.of("cases.error.notYours").exception();
        }
        return row;
    }

    @Override
    @Transactional
    public Optional<CaseSummary> visible(StaffPrincipal viewer, UUID caseId) {
        Optional<CaseRow> row = cases.find(caseId)
                .filter(c -> AccessPolicy.permits(viewer, CasesContributions.CASE_READ, c.ownership()));
        row.ifPresent(c -> audit.record(AuditAction.READ, "case", caseId));
        return row.map(CaseRow::toSummary);
    }

    @Override
    @Transactional
    public CaseSummary require(StaffPrincipal viewer, UUID caseId) {
        return read(viewer, caseId).toSummary();
    }

    @Override
    public boolean mayUpdate(StaffPrincipal viewer, CaseSummary summary) {
        return AccessPolicy.permits(
                viewer,
                CasesContributions.CASE_UPDATE,
                new Ownership(summary.organizationId(), summary.assignedWorkerIds()));
    }

    @Override
    @Transactional
    public UUID open(StaffPrincipal viewer, NewCase opening) {
        if (AccessPolicy.scope(viewer, CasesContributions.CASE_CREATE) == Scope.NONE) {
            throw Rejection.of("cases.error.mayNotOpen").exception();
        }
        validate(opening);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        cases.insert(id, viewer.organizationId(), opening, viewer.userId(), now, false);
        cases.addEvent(id, "OPENED", opening.sourceId(), viewer.userId(), now);
        audit.record(AuditAction.CREATE, "case", id, "opened from " + opening.origin());
        events.publishEvent(new CaseOpened(id, viewer.organizationId(), opening.origin()));
        return id;
    }

    static void validate(NewCase opening) {
        String label = opening.label().strip();
        if (label.isEmpty() || label.length() > LABEL_MAX) {
            throw Rejection.field("label", "cases.error.label").exception();
        }
        if (opening.summary() != null && opening.summary().length() > SUMMARY_MAX) {
            throw Rejection.field("summary", "cases.error.tooLong").exception();
        }
        for (String code : concat(opening.exploitationTypes(), opening.meansOfControl())) {
            if (!code.matches("[A-Z][A-Z_]{0,63}")) {
                throw Rejection.of("cases.error.code").exception();
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    @Override
    @Transactional
    public void recordOnTimeline(UUID caseId, String kind, @Nullable UUID recordId, @Nullable UUID actorId) {
        if (!kind.matches("[A-Z][A-Z_]{1,63}")) {
            throw new IllegalArgumentException("a timeline kind is a code in capitals: " + kind);
        }
        cases.addEvent(caseId, kind, recordId, actorId, clock.instant());
    }

    @Override
    public List<Consent> forCase(UUID caseId) {
        return consents.forCase(caseId);
    }

    @Override
    public Optional<Consent> find(UUID consentId) {
        return consents.find(consentId, false);
    }

    @Override
    @Transactional
    public UUID record(StaffPrincipal viewer, UUID caseId, NewConsent consent) {
        changeable(viewer, caseId);
        LocalDate today = LocalDate.now(clock);
        if (consent.categories().isEmpty()) {
            throw Rejection.field("categories", "cases.consent.error.categories")
                    .exception();
        }
        String purpose = consent.purpose().strip();
        if (purpose.isEmpty() || purpose.length() > PURPOSE_MAX) {
            throw Rejection.field("purpose", "cases.consent.error.purpose").exception();
        }
        if (consent.recipientServiceId() != null
                && !owners.harbourOrganization(consent.recipientServiceId())
                        .map(consent.recipientOrganizationId()::equals)
                        .orElse(false)) {
            throw Rejection.field("service", "cases.consent.error.serviceOrganization")
                    .exception();
        }
        if (consent.validFrom().isAfter(today.plusYears(1))
                || consent.validFrom().isBefore(today.minusYears(5))) {
            throw Rejection.field("validFrom", "cases.consent.error.from").exception();
        }
        if (consent.validUntil() != null && consent.validUntil().isBefore(consent.validFrom())) {
            throw Rejection.field("validUntil", "cases.consent.error.until").exception();
        }
        boolean witnessed = consent.witness() != null && !consent.witness().isBlank();
        if (consent.manner() == Consent.Manner.VERBAL_WITNESSED && !witnessed) {
            throw Rejection.field("witness", "cases.consent.error.witness").exception();
        }
        if (witnessed && consent.witness().length() > LABEL_MAX) {
            throw Rejection.field("witness", "cases.error.tooLong").exception();
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        consents.insert(id, caseId, consent, viewer.userId(), now);
        cases.addEvent(caseId, "CONSENT_RECORDED", id, viewer.userId(), now);
        audit.record(AuditAction.CREATE, "case_consent", id);
        events.publishEvent(new ConsentRecorded(id, caseId));
        return id;
    }

    @Override
    @Transactional
    public void withdraw(StaffPrincipal viewer, UUID consentId) {
        Consent consent = consents.find(consentId, true).orElseThrow(NotFoundException::new);
        try {
            changeable(viewer, consent.caseId());
        } catch (NotFoundException e) {
            throw NotFoundException.refused("case_consent", consentId);
        }
        if (consent.withdrawnAt() != null) {
            throw Rejection.of("cases.consent.error.withdrawn").exception();
        }
        Instant now = clock.instant();
        consents.withdraw(consentId, viewer.userId(), now);
        cases.addEvent(consent.caseId(), "CONSENT_WITHDRAWN", consentId, viewer.userId(), now);
        audit.record(AuditAction.UPDATE, "case_consent", consentId, "withdrawn");
        events.publishEvent(new ConsentWithdrawn(consentId, consent.caseId()));
    }
}
