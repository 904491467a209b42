package ca.harbour.cases.internal.flow;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseStatus;
import ca.harbour.cases.internal.CaseRecords;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.cases.internal.CasesContributions;
import ca.harbour.cases.internal.flow.ApprovalRules.Decision;
import ca.harbour.cases.internal.flow.ApprovalRules.Moved;
import ca.harbour.cases.internal.flow.ApprovalRules.Refused;
import ca.harbour.cases.internal.flow.CaseApprovals.Pending;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approvals on a case ({@link ApprovalRules} decides): requests by whoever may change the case, decisions by a
 * supervisor of the case's organization who did not ask, and what an approval does to the case.
 */
@Service
public class ApprovalDesk {

    private final CaseAccess access;
    private final CaseApprovals approvals;
    private final CaseFiles cases;
    private final Audit audit;
    private final Clock clock;

    ApprovalDesk(CaseAccess access, CaseApprovals approvals, CaseFiles cases, Audit audit, Clock clock) {
        this.access = access;
        this.approvals = approvals;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** A case's approvals, whether the viewer may ask for one and whether they may decide. */
    public record CaseApprovalsView(
            CaseRow caseRow, boolean mayRequest, boolean supervisor, UUID viewerId, List<Approval> approvals) {}

    @Transactional
    public CaseApprovalsView forCase(StaffPrincipal viewer, UUID caseId) {
        CaseRow row = access.read(viewer, caseId);
        List<Approval> list = approvals.forCase(caseId);
        audit.recordList(
                AuditAction.READ,
                "case_approval",
                "case approvals",
                list.stream().map(Approval::id).toList());
        return new CaseApprovalsView(
                row,
                access.mayChange(viewer, row) && !row.status().closed(),
                supervises(viewer, row),
                viewer.userId(),
                list);
    }

    @Transactional
    public UUID request(
            StaffPrincipal viewer,
            UUID caseId,
            ApprovalKind kind,
            @Nullable CaseStatus closingStatus,
            @Nullable String reason) {
        CaseRow row = access.change(viewer, caseId);
        ApprovalRules.request(kind, closingStatus, reason, row.status(), approvals.pendingExists(caseId, kind))
                .ifPresent(r -> {
                    throw r.exception();
                });
        UUID id = UUID.randomUUID();
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        try {
            approvals.insert(id, caseId, kind, closingStatus, text, viewer.userId(), clock.instant(), false);
        } catch (DuplicateKeyException e) {
            // a request of the same kind made at the same moment won the one pending place
            throw Rejection.of("cases.flow.approval.error.pending").exception();
        }
        cases.recordOnTimeline(caseId, "APPROVAL_REQUESTED", id, viewer.userId());
        audit.record(AuditAction.CREATE, "case_approval", id, kind.name());
        return id;
    }

    @Transactional
    public Approval decide(
            StaffPrincipal viewer, UUID caseId, UUID approvalId, Decision decision, @Nullable String comment) {
        CaseRow row = access.read(viewer, caseId);
        Approval approval = approvals
                .find(approvalId, true)
                .filter(a -> a.caseId().equals(caseId))
                .orElseThrow(NotFoundException::new);
        var step = ApprovalRules.decide(
                approval.state(),
                supervises(viewer, row),
                approval.requestedBy().equals(viewer.userId()),
                decision,
                comment);
        if (step instanceof Refused refused) {
            throw refused.rejection().exception();
        }
        ApprovalState to = ((Moved) step).to();
        Instant now = clock.instant();
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (!approvals.decide(approvalId, to, viewer.userId(), text, now)) {
            throw Rejection.of("cases.flow.approval.error.decided").exception();
        }
        if (to == ApprovalState.APPROVED) {
            cases.recordOnTimeline(caseId, "APPROVAL_GRANTED", approvalId, viewer.userId());
            apply(approval, row, now, viewer.userId());
        } else {
            cases.recordOnTimeline(caseId, "APPROVAL_REFUSED", approvalId, viewer.userId());
        }
        audit.record(AuditAction.UPDATE, "case_approval", approvalId, to.name());
        return approvals.find(approvalId, false).orElseThrow();
    }

    /** The pending approvals of the cases the viewer may change, for supervisors; audited as a list. */
    @Transactional
    public List<Pending> pending(StaffPrincipal viewer) {
        if (!viewer.has(Role.SUPERVISOR)) {
            return List.of();
        }
        var scope = AccessPolicy.predicate(
                viewer, CasesContributions.CASE_UPDATE, CaseRecords.ORGANIZATION, CaseRecords.ASSIGNED);
        List<Pending> list = approvals.pending(scope, 200);
        audit.recordList(
                AuditAction.READ,
                "case_approval",
                "pending approvals",
                list.stream().map(p -> p.approval().id()).toList());
        return list;
    }

    private void apply(Approval approval, CaseRow row, Instant now, UUID actor) {
        switch (approval.kind()) {
            case CLOSURE -> {
                if (!row.status().closed() && approval.closingStatus() != null) {
                    approvals.closeCase(row.id(), approval.closingStatus(), now);
                    cases.recordOnTimeline(row.id(), "CASE_CLOSED", approval.id(), actor);
                    audit.record(AuditAction.UPDATE, "case", row.id(), "closed");
                }
            }
            case CASE_PLAN ->
                ApprovalRules.stageAfterApproval(approval.kind(), row.stage())
                        .ifPresent(stage -> approvals.moveStage(row.id(), row.stage(), stage, now));
        }
    }

    private static boolean supervises(StaffPrincipal viewer, CaseRow row) {
        return viewer.has(Role.SUPERVISOR) && viewer.organizationId().equals(row.organizationId());
    }
}
