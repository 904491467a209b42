package ca.harbour.cases;

import java.util.UUID;

/** What other modules may ask about a case's child-protection pathway, once the viewer's access has been checked. */
public interface CaseChildProtection {

    /**
     * True when the case's survivor was under 16 on the day the case was opened: its directory pickers list the
     * specialised supports first and its closure needs a supervisor's approval.
     */
    boolean underSixteenPathway(UUID caseId);
}
