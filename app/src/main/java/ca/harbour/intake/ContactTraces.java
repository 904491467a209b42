package ca.harbour.intake;

import ca.harbour.identity.StaffPrincipal;
import java.util.Optional;
import java.util.UUID;

/** What a case's timeline may show of the hotline contact it was opened from. */
public interface ContactTraces {

    /**
     * The contact's trace for a viewer the caller has already let read a case opened from this contact; empty when
     * the contact does not exist or never asked for a case (no case-needed action), so a case shows nothing of a
     * contact it was not opened from. The read is audited for the contact and its screenings.
     */
    Optional<ContactTrace> forCase(StaffPrincipal viewer, UUID contactId);
}
