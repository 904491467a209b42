package ca.harbour.cases.internal.work;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseSummary;
import ca.harbour.identity.StaffPrincipal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Needs assessments of a case: each new assessment is kept beside the earlier ones, the newest is current. */
@Service
public class NeedsDesk {

    static final String AUDIT_TYPE = "case_needs";
    static final int HISTORY = 50;

    /** What the needs page shows: the assessments newest first. */
    public record View(CaseSummary summary, List<NeedsAssessment> assessments, boolean mayChange) {

        public Optional<NeedsAssessment> current() {
            return assessments.stream().findFirst();
        }
    }

    private final CaseWorkAccess access;
    private final NeedsAssessments assessments;
    private final Audit audit;
    private final Clock clock;

    NeedsDesk(CaseWorkAccess access, NeedsAssessments assessments, Audit audit, Clock clock) {
        this.access = access;
        this.assessments = assessments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public View read(StaffPrincipal viewer, UUID caseId) {
        CaseSummary summary = access.readable(viewer, caseId);
        List<NeedsAssessment> all = assessments.forCase(caseId, HISTORY);
        audit.record(AuditAction.READ, AUDIT_TYPE, caseId);
        return new View(summary, all, access.mayChange(viewer, summary));
    }

    /** Records a new assessment from each domain's level code and note (by domain name); answers its id. */
    @Transactional
    public UUID assess(StaffPrincipal viewer, UUID caseId, Map<String, String> levels, Map<String, String> notes) {
        access.changeable(viewer, caseId);
        List<NeedsAssessment.Need> needs = NeedsAssessment.read(levels, notes);
        UUID id = UUID.randomUUID();
        assessments.insert(id, caseId, needs, viewer.userId(), clock.instant(), false);
        access.timeline(caseId, "NEEDS_ASSESSED", id, viewer.userId());
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id);
        return id;
    }
}
