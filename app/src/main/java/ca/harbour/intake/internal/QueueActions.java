package ca.harbour.intake.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.ContactClosed;
import ca.harbour.intake.TipClosed;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.platform.workitem.Transition;
import ca.harbour.platform.workitem.WorkItem;
import ca.harbour.platform.workitem.WorkItemCommand;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a queue command to a tip or a contact: loads the item locked, lets {@link WorkItem} decide,
 * saves the answer, audits it and publishes what happened. The caller has already checked that the
 * viewer may change the item; a refusal is thrown as the rule's rejection and changes nothing.
 */
@Service
class QueueActions {

    private final IntakeWorkItems items;
    private final Audit audit;
    private final ApplicationEventPublisher events;

    QueueActions(IntakeWorkItems items, Audit audit, ApplicationEventPublisher events) {
        this.items = items;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Runs in the caller's transaction, which a refusal rolls back.
     *
     * @param organizationId the item's owning organization, carried by the events
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void apply(StaffPrincipal viewer, QueueItem.Kind kind, UUID id, UUID organizationId, WorkItemCommand command) {
        WorkItem before = items.lock(kind, id).orElseThrow(NotFoundException::new);
        WorkItem after = before.decide(command, viewer.userId()).orThrow();
        items.save(kind, id, before, after, viewer.displayName());
        audit.record(AuditAction.UPDATE, kind == QueueItem.Kind.TIP ? "tip" : "contact", id, reason(kind, command));
        if (command == WorkItemCommand.CLOSE) {
            events.publishEvent(
                    kind == QueueItem.Kind.TIP
                            ? new TipClosed(id, organizationId, viewer.userId())
                            : new ContactClosed(id, organizationId, viewer.userId()));
        }
    }

    /**
     * Puts a closed contact back in the queue, unclaimed, because {@code viewer} saved a new follow-up task
     * on it; a contact that is not closed stays as it is. The save that caused it is audited by the caller.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void reopenIfClosed(StaffPrincipal viewer, UUID contactId) {
        WorkItem before = items.lock(QueueItem.Kind.CONTACT, contactId).orElseThrow(NotFoundException::new);
        if (before.decide(WorkItemCommand.REOPEN, viewer.userId()) instanceof Transition.Moved moved) {
            items.save(QueueItem.Kind.CONTACT, contactId, before, moved.after(), viewer.displayName());
        }
    }

    /** The audit reasons the queue has always written: a category, never the item's content. */
    private static String reason(QueueItem.Kind kind, WorkItemCommand command) {
        if (kind == QueueItem.Kind.CONTACT) {
            return "queue: " + command.done();
        }
        boolean review = command == WorkItemCommand.ADMIT || command == WorkItemCommand.DISMISS;
        return review ? "flood review: " + command.done() : command.done();
    }
}
