package ca.harbour.cases.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseTransferred;
import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.cases.internal.CaseWorkflow.ChangeStatus;
import ca.harbour.cases.internal.CaseWorkflow.Command;
import ca.harbour.cases.internal.CaseWorkflow.MoveStage;
import ca.harbour.cases.internal.CaseWorkflow.Moved;
import ca.harbour.cases.internal.CaseWorkflow.Refused;
import ca.harbour.cases.internal.CaseWorkflow.Reopen;
import ca.harbour.cases.internal.HtcdsVocabulary.CodeList;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffLookup;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a case after it is opened: its workflow ({@link CaseWorkflow} decides), what happened (HTCDS codes),
 * who works it and which organization holds it. Each change locks the case, decides, saves, writes the timeline and
 * the audit row in one transaction.
 */
@Service
public class CaseChanges {

    /** The organizations that hold cases: a case may be transferred only to one of these. */
    public static final Set<OrganizationType> CASE_HOLDERS = Set.of(
            OrganizationType.SERVICE_PROVIDER,
            OrganizationType.INDIGENOUS_ORGANIZATION,
            OrganizationType.CHILDRENS_AID_SOCIETY,
            OrganizationType.OTHER);

    /** The roles a case may be assigned to. */
    public static final Set<Role> WORKERS = Set.of(Role.CASE_WORKER, Role.SUPERVISOR);

    private final CaseDesk desk;
    private final CaseRecords cases;
    private final CaseConsents consents;
    private final StaffLookup staff;
    private final OrganizationLookup organizations;
    private final HtcdsVocabulary vocabulary;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseChanges(
            CaseDesk desk,
            CaseRecords cases,
            CaseConsents consents,
            StaffLookup staff,
            OrganizationLookup organizations,
            HtcdsVocabulary vocabulary,
            Audit audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.desk = desk;
        this.cases = cases;
        this.consents = consents;
        this.staff = staff;
        this.organizations = organizations;
        this.vocabulary = vocabulary;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a case typed on the opening form: its codes must come from the HTCDS lists. */
    @Transactional
    public UUID openDirectly(StaffPrincipal viewer, NewCase opening) {
        if (!vocabulary.allKnown(CodeList.EXPLOITATION, opening.exploitationTypes())) {
            throw Rejection.field("exploitationTypes", "cases.error.code").exception();
        }
        if (!vocabulary.allKnown(CodeList.CONTROL, opening.meansOfControl())) {
            throw Rejection.field("meansOfControl", "cases.error.code").exception();
        }
        return desk.open(viewer, opening);
    }

    /** True when the case exists and the viewer may read it (no audit: it only chooses where to go next). */
    public boolean mayRead(StaffPrincipal viewer, UUID caseId) {
        return cases.find(caseId)
                .map(row -> AccessPolicy.permits(viewer, CasesContributions.CASE_READ, row.ownership()))
                .orElse(false);
    }

    /** Withdraws a consent of this case; a consent of another case is not found here. */
    @Transactional
    public void withdraw(StaffPrincipal viewer, UUID caseId, UUID consentId) {
        desk.readable(viewer, caseId);
        boolean ofThisCase =
                consents.find(consentId).map(c -> c.caseId().equals(caseId)).orElse(false);
        if (!ofThisCase) {
            throw new NotFoundException();
        }
        consents.withdraw(viewer, consentId);
    }

    /** True when the viewer assigns, transfers and reopens this case (a supervisor of its organization). */
    public static boolean manages(StaffPrincipal viewer, CaseRow row) {
        return AccessPolicy.permits(viewer, CasesContributions.CASE_MANAGE, row.ownership());
    }

    @Transactional
    public void moveStage(StaffPrincipal viewer, UUID caseId, @Nullable String stage) {
        CaseRow row = changeableLocked(viewer, caseId);
        apply(viewer, row, new MoveStage(CaseCodes.stage(stage)), "STAGE_" + stage);
    }

    @Transactional
    public void changeStatus(StaffPrincipal viewer, UUID caseId, @Nullable String status) {
        CaseRow row = changeableLocked(viewer, caseId);
        apply(viewer, row, new ChangeStatus(CaseCodes.status(status)), "STATUS_" + status);
    }

    @Transactional
    public void reopen(StaffPrincipal viewer, UUID caseId) {
        CaseRow row = desk.readable(viewer, caseId);
        cases.lock(caseId);
        row = desk.readable(viewer, caseId);
        apply(viewer, row, new Reopen(manages(viewer, row)), "REOPENED");
    }

    private CaseRow changeableLocked(StaffPrincipal viewer, UUID caseId) {
        desk.changeable(viewer, caseId);
        cases.lock(caseId);
        return desk.changeable(viewer, caseId);
    }

    private void apply(StaffPrincipal viewer, CaseRow row, Command command, String kind) {
        CaseWorkflow.Outcome outcome = CaseWorkflow.decide(new CaseWorkflow.State(row.status(), row.stage()), command);
        if (outcome instanceof Refused refused) {
            throw refused.rejection().exception();
        }
        CaseWorkflow.State next = ((Moved) outcome).state();
        Instant now = clock.instant();
        cases.moveTo(row.id(), next.status(), next.stage(), now);
        cases.addEvent(row.id(), kind, null, viewer.userId(), now);
        audit.record(AuditAction.UPDATE, "case", row.id(), kind.toLowerCase(Locale.ROOT));
    }

    /** Records what happened, in HTCDS codes: kinds of exploitation, means of control, recruitment. */
    @Transactional
    public void describe(
            StaffPrincipal viewer, UUID caseId, List<String> types, List<String> means, List<String> recruitment) {
        desk.changeable(viewer, caseId);
        if (!vocabulary.allKnown(CodeList.EXPLOITATION, types)) {
            throw Rejection.field("exploitationTypes", "cases.error.code").exception();
        }
        if (!vocabulary.allKnown(CodeList.CONTROL, means)) {
            throw Rejection.field("meansOfControl", "cases.error.code").exception();
        }
        if (!vocabulary.allKnown(CodeList.RECRUITMENT, recruitment)) {
            throw Rejection.field("recruitment", "cases.error.code").exception();
        }
        Instant now = clock.instant();
        cases.describe(
                caseId,
                types.stream().distinct().toList(),
                means.stream().distinct().toList(),
                recruitment.stream().distinct().toList(),
                now);
        cases.addEvent(caseId, "DESCRIBED", null, viewer.userId(), now);
        audit.record(AuditAction.UPDATE, "case", caseId, "described");
    }

    @Transactional
    public void assign(StaffPrincipal viewer, UUID caseId, @Nullable UUID worker) {
        CaseRow row = managed(viewer, caseId);
        boolean known = worker != null
                && staff.activeIn(row.organizationId(), WORKERS).stream().anyMatch(s -> s.id().equals(worker));
        if (!known) {
            throw Rejection.field("worker", "cases.assign.error.worker").exception();
        }
        if (row.workers().contains(worker)) {
            throw Rejection.field("worker", "cases.assign.error.already").exception();
        }
        Instant now = clock.instant();
        cases.assign(caseId, worker, now);
        cases.addEvent(caseId, "WORKER_ASSIGNED", worker, viewer.userId(), now);
        audit.record(AuditAction.UPDATE, "case", caseId, "worker assigned");
    }

    @Transactional
    public void unassign(StaffPrincipal viewer, UUID caseId, @Nullable UUID worker) {
        CaseRow row = managed(viewer, caseId);
        if (worker == null || !row.workers().contains(worker)) {
            throw Rejection.field("worker", "cases.assign.error.notAssigned").exception();
        }
        Instant now = clock.instant();
        cases.unassign(caseId, worker);
        cases.addEvent(caseId, "WORKER_UNASSIGNED", worker, viewer.userId(), now);
        audit.record(AuditAction.UPDATE, "case", caseId, "worker unassigned");
    }

    /**
     * Gives the case to another organization. It needs a consent in force that covers that organization for the
     * case summary; from then on the old organization no longer sees the case.
     */
    @Transactional
    public void transfer(StaffPrincipal viewer, UUID caseId, @Nullable UUID organization) {
        CaseRow row = managed(viewer, caseId);
        if (row.status().closed()) {
            throw Rejection.of("cases.workflow.error.closed").exception();
        }
        boolean holder = organization != null
                && !organization.equals(row.organizationId())
                && organizations.active(CASE_HOLDERS).stream().anyMatch(o -> o.id().equals(organization));
        if (!holder) {
            throw Rejection.field("organization", "cases.transfer.error.organization")
                    .exception();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Consent consent = consents.forCase(caseId).stream()
                .filter(c -> c.covers(organization, null, Set.of(ConsentCategory.CASE_SUMMARY), today, now))
                .findFirst()
                .orElseThrow(() -> Rejection.field("organization", "cases.transfer.error.consent")
                        .exception());
        cases.transfer(caseId, organization, now);
        cases.addEvent(caseId, "TRANSFERRED", organization, viewer.userId(), now);
        audit.record(AuditAction.UPDATE, "case", caseId, "transferred with consent");
        events.publishEvent(new CaseTransferred(caseId, row.organizationId(), organization, consent.id()));
    }

    private CaseRow managed(StaffPrincipal viewer, UUID caseId) {
        desk.readable(viewer, caseId);
        cases.lock(caseId);
        CaseRow row = desk.readable(viewer, caseId);
        if (!manages(viewer, row)) {
            throw Rejection.of("cases.error.supervisorOnly").exception();
        }
        return row;
    }
}
