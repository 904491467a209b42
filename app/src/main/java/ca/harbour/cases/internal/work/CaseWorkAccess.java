package ca.harbour.cases.internal.work;

import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseSummary;
import ca.harbour.cases.internal.CaseDesk;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Case work asks the case's one decision point, as every other page of a case does: a case the viewer may not see
 * is not found (and the look audited as denied, after the transaction is undone); a change needs the right to
 * change the case.
 */
@Component
public class CaseWorkAccess {

    private final CaseDesk desk;
    private final CaseFiles cases;

    CaseWorkAccess(CaseDesk desk, CaseFiles cases) {
        this.desk = desk;
        this.cases = cases;
    }

    /** The case, read by the viewer (audited), or 404. */
    public CaseSummary readable(StaffPrincipal viewer, UUID caseId) {
        return desk.read(viewer, caseId).toSummary();
    }

    /** The case, when the viewer may change it: 404 when they may not see it, refused when only reading. */
    public CaseSummary changeable(StaffPrincipal viewer, UUID caseId) {
        CaseSummary summary = readable(viewer, caseId);
        if (!cases.mayUpdate(viewer, summary)) {
            throw Rejection.of("cases.error.notYours").exception();
        }
        return summary;
    }

    public boolean mayChange(StaffPrincipal viewer, CaseSummary summary) {
        return cases.mayUpdate(viewer, summary);
    }

    void timeline(UUID caseId, String kind, UUID recordId, @Nullable UUID actorId) {
        cases.recordOnTimeline(caseId, kind, recordId, actorId);
    }
}
