package ca.harbour.intake.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.ContactTrace;
import ca.harbour.intake.ContactTraces;
import ca.harbour.screening.Screenings;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cuts a contact down to what the timeline of a case opened from it may show: only for a contact that asked for a
 * case; when, its outcomes and its screenings' levels (the situation, which a case always carries); the link to the
 * contact only for a viewer who may read contacts there ({@link ContactDesk#READ}, the contact page's own rule).
 */
@Component
class ContactTraceExport implements ContactTraces {

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final Screenings screenings;
    private final Audit audit;

    ContactTraceExport(JdbcClient jdbc, Contacts contacts, Screenings screenings, Audit audit) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.screenings = screenings;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Optional<ContactTrace> forCase(StaffPrincipal viewer, UUID contactId) {
        boolean caseNeeded = jdbc.sql(
                        "select exists (select 1 from contact_action where contact_id = :c and kind = 'CASE_NEEDED')")
                .param("c", contactId)
                .query(Boolean.class)
                .single();
        if (!caseNeeded) {
            return Optional.empty();
        }
        return contacts.find(contactId).map(contact -> {
            boolean mayOpen = AccessPolicy.permits(
                    viewer, ContactDesk.READ, Ownership.of(contact.organizationId(), contact.advocateId()));
            List<ContactTrace.Screening> done = screenings.forSubject("contact", contactId).stream()
                    .map(s -> new ContactTrace.Screening(
                            s.id(),
                            s.instrument().code(),
                            s.instrument().version(),
                            s.instrument().nameEn(),
                            s.instrument().nameFr(),
                            s.result().level().name(),
                            s.answeredAt()))
                    .toList();
            audit.record(AuditAction.READ, "contact", contactId, "seen on a case timeline");
            if (!done.isEmpty()) {
                audit.recordList(
                        AuditAction.READ,
                        "screening",
                        "screenings seen on a case timeline",
                        done.stream().map(ContactTrace.Screening::id).toList());
            }
            return new ContactTrace(
                    contactId, contact.startedAt(), contact.form().outcomesOrEmpty(), mayOpen, done);
        });
    }
}
