package ca.harbour.intake.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.HotlineContacts;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Answers other modules whether a viewer may read a contact, with the contact page's own rule. */
@Component
class HotlineContactsExport implements HotlineContacts {

    private final Contacts contacts;
    private final Audit audit;

    HotlineContactsExport(Contacts contacts, Audit audit) {
        this.contacts = contacts;
        this.audit = audit;
    }

    @Override
    public boolean readable(StaffPrincipal viewer, UUID contactId) {
        Optional<Contacts.Contact> contact = contacts.find(contactId);
        if (contact.isEmpty()) {
            return false;
        }
        Contacts.Contact c = contact.get();
        boolean readable =
                AccessPolicy.permits(viewer, ContactDesk.READ, Ownership.of(c.organizationId(), c.advocateId()));
        audit.record(readable ? AuditAction.READ : AuditAction.DENIED, "contact", contactId, "named by a referral");
        return readable;
    }
}
