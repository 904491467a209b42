package ca.harbour.cases.internal.work;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseSummary;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and saving a case's safety plan. Each save names the version it started from: when a colleague saved
 * in between, the save is refused with a clear message and nothing is overwritten.
 */
@Service
public class SafetyPlanDesk {

    static final String AUDIT_TYPE = "case_safety_plan";

    /** What the safety plan page shows. */
    public record View(CaseSummary summary, SafetyPlan plan, Optional<SafetyPlans.Stored> stored, boolean mayChange) {

        /** The version a save from this view names: 0 when there is no plan yet. */
        public int version() {
            return stored.map(SafetyPlans.Stored::version).orElse(0);
        }
    }

    private final CaseWorkAccess access;
    private final SafetyPlans plans;
    private final Audit audit;
    private final Clock clock;

    SafetyPlanDesk(CaseWorkAccess access, SafetyPlans plans, Audit audit, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public View read(StaffPrincipal viewer, UUID caseId) {
        CaseSummary summary = access.readable(viewer, caseId);
        Optional<SafetyPlans.Stored> stored = plans.find(caseId);
        audit.record(AuditAction.READ, AUDIT_TYPE, caseId);
        return new View(
                summary,
                stored.map(SafetyPlans.Stored::plan).orElse(SafetyPlan.empty()),
                stored,
                access.mayChange(viewer, summary));
    }

    /** Saves the plan over {@code startedFrom}; answers the new version. */
    @Transactional
    public int save(StaffPrincipal viewer, UUID caseId, SafetyPlan plan, int startedFrom) {
        access.changeable(viewer, caseId);
        SafetyPlan checked = plan.checked();
        if (startedFrom < 0) {
            throw Rejection.of("cases.work.safety.error.stale").exception();
        }
        Instant now = clock.instant();
        int version = plans.save(caseId, checked, startedFrom, viewer.userId(), now, false)
                .orElseThrow(() -> Rejection.of("cases.work.safety.error.stale").exception());
        access.timeline(caseId, "SAFETY_PLAN_UPDATED", caseId, viewer.userId());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, caseId, "version " + version);
        return version;
    }
}
