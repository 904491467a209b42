package ca.harbour.cases.internal.flow;

import ca.harbour.cases.internal.CaseDesk;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The case behind a task, a document or an approval, through the cases module's one decision point: a case the
 * viewer may not see answers 404 (audited as denied), every look is audited as a read of the case, and a change
 * needs the right to change the case.
 */
@Component
public class CaseAccess {

    private final CaseDesk desk;

    CaseAccess(CaseDesk desk) {
        this.desk = desk;
    }

    /** The case, read by the viewer (audited), or 404. */
    public CaseRow read(StaffPrincipal viewer, UUID caseId) {
        return desk.read(viewer, caseId);
    }

    /** True when the viewer may change the case. */
    public boolean mayChange(StaffPrincipal viewer, CaseRow row) {
        return desk.mayUpdate(viewer, row.toSummary());
    }

    /** The case when the viewer may change it; a case they may only read is refused with a reason. */
    CaseRow change(StaffPrincipal viewer, UUID caseId) {
        CaseRow row = read(viewer, caseId);
        if (!mayChange(viewer, row)) {
            throw Rejection.of("cases.error.notYours").exception();
        }
        return row;
    }
}
