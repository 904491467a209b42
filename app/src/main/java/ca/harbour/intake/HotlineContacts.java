package ca.harbour.intake;

import ca.harbour.identity.StaffPrincipal;
import java.util.UUID;

/** What other modules may ask of hotline contacts: whether a contact exists and the viewer may read it. */
public interface HotlineContacts {

    /**
     * True when the contact exists and the viewer may read it, decided as the contact page decides (the check is
     * audited as a read when true, as denied when the contact exists but the viewer may not read it).
     */
    boolean readable(StaffPrincipal viewer, UUID contactId);
}
