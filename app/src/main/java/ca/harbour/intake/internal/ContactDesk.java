package ca.harbour.intake.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.directory.ServiceFinder;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.Permission;
import ca.harbour.identity.Scope;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.ContactOpened;
import ca.harbour.intake.PoliceTipPrepared;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advocate's work on a contact: start (after "safe to talk?"), save drafts, complete, find
 * repeat contacts, and record what happens next on the basis of consent or an audited exception.
 */
@Service
public class ContactDesk {

    static final Permission READ = IntakeContributions.CONTACT_READ;
    static final Permission CREATE = IntakeContributions.CONTACT_CREATE;
    static final Permission UPDATE = IntakeContributions.CONTACT_UPDATE;

    private final Contacts contacts;
    private final ServiceFinder services;
    private final TriageRules rules;
    private final Audit audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final FieldCipher cipher;
    private final QueueActions queue;
    private final ApplicationEventPublisher events;
    private final OrganizationLookup organizations;

    ContactDesk(
            Contacts contacts,
            ServiceFinder services,
            TriageRules rules,
            Audit audit,
            JdbcClient jdbc,
            Clock clock,
            FieldCipher cipher,
            QueueActions queue,
            ApplicationEventPublisher events,
            OrganizationLookup organizations) {
        this.contacts = contacts;
        this.services = services;
        this.rules = rules;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
        this.queue = queue;
        this.events = events;
        this.organizations = organizations;
    }

    /** What was recorded as happening next. */
    public record Action(UUID id, String kind, String detail, String basis, String exceptionReason, Instant at) {}

    @Transactional
    public UUID start(StaffPrincipal advocate, boolean safeToTalk) {
        if (AccessPolicy.scope(advocate, CREATE) == Scope.NONE) {
            throw new AccessDeniedException("contact");
        }
        UUID id = UUID.randomUUID();
        contacts.insertDraft(id, advocate.organizationId(), advocate.userId(), safeToTalk, clock.instant(), false);
        audit.record(AuditAction.CREATE, "contact", id, safeToTalk ? null : "not safe to talk");
        events.publishEvent(new ContactOpened(id, advocate.organizationId(), advocate.userId()));
        return id;
    }

    @Transactional
    public Contacts.Contact read(StaffPrincipal viewer, UUID id) {
        Contacts.Contact c = visible(viewer, id, READ);
        audit.record(AuditAction.READ, "contact", id);
        return c;
    }

    /** Saves a draft, or completes the contact when {@code complete} (then summary and outcome are needed). */
    @Transactional
    public Contacts.Contact save(StaffPrincipal viewer, UUID id, ContactForm typed, boolean complete) {
        visible(viewer, id, UPDATE);
        ContactForm form = typed.normalised();
        if (complete && !form.completionProblems().isEmpty()) {
            throw Rejection.of("contact.error.incomplete", form.completionProblems())
                    .exception();
        }
        if (contacts.update(id, form, complete, rules.current().decide(form.facts()))) {
            queue.reopenIfClosed(viewer, id);
        }
        audit.record(AuditAction.UPDATE, "contact", id, complete ? "completed" : "draft saved");
        return contacts.find(id).orElseThrow();
    }

    /** The viewer's latest contacts, started on or after {@code from} and before {@code until} when given. */
    @Transactional
    public List<Contacts.Contact> recent(StaffPrincipal viewer, @Nullable Instant from, @Nullable Instant until) {
        List<Contacts.Contact> list = contacts.recent(scope(viewer), from, until, 100);
        audit.recordList(
                AuditAction.SEARCH,
                "contact",
                "recent contacts",
                list.stream().map(Contacts.Contact::id).toList());
        return list;
    }

    /** Earlier contacts from the same caller (same phone or name), found by keyed hash, within the viewer's scope. */
    public List<Contacts.Contact> repeats(StaffPrincipal viewer, Contacts.Contact contact) {
        List<Contacts.Contact> list = contacts.repeats(
                contact.id(),
                contacts.phoneHash(contact.form().callerPhone()),
                contacts.nameHash(contact.form().callerName()),
                scope(viewer));
        audit.recordList(
                AuditAction.SEARCH,
                "contact",
                "same caller as contact " + contact.id(),
                list.stream().map(Contacts.Contact::id).toList());
        return list;
    }

    @Transactional
    public Action act(
            StaffPrincipal viewer,
            UUID id,
            String kind,
            String detail,
            UUID serviceId,
            String exception,
            String reason,
            UUID police) {
        Contacts.Contact c = visible(viewer, id, UPDATE);
        if (serviceId != null) {
            detail = services.find(serviceId, false)
                    .map(s -> s.name() + " (" + s.organization() + ")")
                    .orElseThrow(() -> Rejection.of("contact.error.service").exception());
        }
        if (kind == null || !kind.matches("REFERRAL|CASE_NEEDED|POLICE_TIP")) {
            throw Rejection.of("contact.error.choice").exception();
        }
        if (detail != null && detail.length() > 500 || reason != null && reason.length() > 1000) {
            throw Rejection.of("contact.error.tooLong").exception();
        }
        if ("REFERRAL".equals(kind) && (detail == null || detail.isBlank())) {
            throw Rejection.field("detail", "contact.error.service").exception();
        }
        ConsentRule.Decision decision =
                ConsentRule.decide(kind, c.form().consentPolice(), c.form().isConsentContact(), exception, reason);
        if (decision instanceof ConsentRule.Refused refused) {
            throw Rejection.of(refused.messageKey()).exception();
        }
        if ("POLICE_TIP".equals(kind) && !isPoliceService(police)) {
            throw Rejection.field("police", "contact.error.police").exception();
        }
        String basis = ((ConsentRule.Allowed) decision).basis();
        boolean isException = !"CONSENT".equals(basis) && !"NOT_REQUIRED".equals(basis);
        UUID actionId = UUID.randomUUID();
        String note = detail == null || detail.isBlank() ? null : detail.strip();
        String why = isException ? reason.strip() : null;
        // the note and the reason are case content: encrypted with the action, so they can be erased with it
        jdbc.sql("""
                insert into contact_action(id, contact_id, kind, detail, service_id, basis, exception_reason, created_by)
                values (:id, :contact, :kind, :detail, :service, :basis, :reason, :by)""")
                .param("service", serviceId)
                .param("id", actionId)
                .param("contact", id)
                .param("kind", kind)
                .param("detail", cipher.encrypt(note, Contacts.ACTION_DETAIL))
                .param("basis", basis)
                .param("reason", cipher.encrypt(why, Contacts.ACTION_EXCEPTION_REASON))
                .param("by", viewer.userId())
                .update();
        // the audit log cannot be erased, so it names the category of the exception and the action's id, never the
        // reason
        audit.record(
                isException ? AuditAction.EXCEPTION_GRANTED : AuditAction.CREATE,
                "contact_action",
                actionId,
                isException ? kind + " without consent: " + basis : kind);
        if ("POLICE_TIP".equals(kind)) {
            List<String> carried = ConsentRule.policeTipCategories(c.form().consentPolice(), basis, note != null);
            events.publishEvent(new PoliceTipPrepared(actionId, id, c.organizationId(), police, carried, basis));
        }
        return new Action(actionId, kind, note, basis, why, clock.instant());
    }

    private boolean isPoliceService(UUID police) {
        return police != null
                && organizations.active(Set.of(OrganizationType.POLICE_SERVICE)).stream()
                        .anyMatch(o -> o.id().equals(police));
    }

    public List<Action> actions(UUID contactId) {
        return jdbc.sql(
                        "select id, kind, detail, basis, exception_reason, created_at from contact_action where contact_id = :c order by created_at")
                .param("c", contactId)
                .query((rs, n) -> new Action(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        cipher.decrypt(rs.getBytes(3), Contacts.ACTION_DETAIL),
                        rs.getString(4),
                        cipher.decrypt(rs.getBytes(5), Contacts.ACTION_EXCEPTION_REASON),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    SqlPredicate scope(StaffPrincipal viewer) {
        return AccessPolicy.predicate(viewer, READ, "c.organization_id", "c.advocate_id = :scope_user");
    }

    Contacts.Contact visible(StaffPrincipal viewer, UUID id, Permission permission) {
        Contacts.Contact c = contacts.find(id).orElseThrow(NotFoundException::new);
        if (!AccessPolicy.permits(viewer, permission, Ownership.of(c.organizationId(), c.advocateId()))) {
            throw NotFoundException.refused("contact", id);
        }
        return c;
    }
}
