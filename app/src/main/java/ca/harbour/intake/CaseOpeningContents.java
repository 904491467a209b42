package ca.harbour.intake;

import ca.harbour.identity.StaffPrincipal;
import java.util.Optional;
import java.util.UUID;

/** Reads what a case opened from a contact's "case needed" action may carry, decided by the caller's consent. */
public interface CaseOpeningContents {

    /**
     * The consented content of the "case needed" action, when the viewer may read its contact; empty when there is
     * no such action. A contact the viewer may not read answers 404 and is audited as denied.
     */
    Optional<CaseOpeningContent> consented(StaffPrincipal viewer, UUID actionId);
}
