package ca.harbour.intake.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.workitem.WorkItemCommand;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advocates' live queue: tips (from {@link TipQueue}) and contacts that need follow-up, in one
 * list, most urgent first, then longest waiting. Each kind is listed under the same access rule as
 * its detail page; a contact is claimed, released and closed as a tip is, atomically.
 */
@Service
public class LiveQueue {

    /** What an advocate may ask of a contact in the queue; it reopens by itself when a new follow-up is saved. */
    private static final Set<WorkItemCommand> BY_ADVOCATES =
            EnumSet.of(WorkItemCommand.CLAIM, WorkItemCommand.RELEASE, WorkItemCommand.CLOSE);

    private final TipQueue tips;
    private final Contacts contacts;
    private final ContactDesk desk;
    private final QueueActions actions;
    private final Audit audit;

    LiveQueue(TipQueue tips, Contacts contacts, ContactDesk desk, QueueActions actions, Audit audit) {
        this.tips = tips;
        this.contacts = contacts;
        this.desk = desk;
        this.actions = actions;
        this.audit = audit;
    }

    /**
     * What the viewer may see, at most {@link TipQueue#MAX_SHOWN} rows; the tips and the contacts shown
     * are audited by id, and a poll that shows the same ones again in the same session writes nothing.
     */
    @Transactional
    public List<QueueItem> open(StaffPrincipal viewer) {
        List<Contacts.Queued> waiting = contacts.queue(desk.scope(viewer), TipQueue.MAX_SHOWN);
        // each list is sorted and cut at MAX_SHOWN, so the first MAX_SHOWN of the merge are exact
        List<QueueItem> shown = Stream.concat(
                        tips.unaudited(viewer).stream().map(QueueItem::of),
                        waiting.stream().map(QueueItem::of))
                .sorted(QueueItem.ORDER)
                .limit(TipQueue.MAX_SHOWN)
                .toList();
        audit.recordList(
                AuditAction.SEARCH,
                "tip",
                "live queue",
                shown.stream().filter(QueueItem::isTip).map(QueueItem::id).toList());
        audit.recordList(
                AuditAction.SEARCH,
                "contact",
                "live queue",
                shown.stream().filter(i -> !i.isTip()).map(QueueItem::id).toList());
        return shown;
    }

    /** The contact's place in the queue, for its own page; the caller has already read (and audited) the contact. */
    public Optional<QueueItem> contactEntry(UUID contactId) {
        return contacts.queued(contactId).map(QueueItem::of);
    }

    /**
     * Claims, releases or closes a contact's follow-up, as {@code WorkItem} decides:
     * refused as for tips when another advocate holds it or it left the queue.
     */
    @Transactional
    public void actOnContact(StaffPrincipal viewer, UUID contactId, WorkItemCommand command) {
        Contacts.Contact contact = desk.visible(viewer, contactId, ContactDesk.UPDATE);
        if (!BY_ADVOCATES.contains(command)) {
            throw Rejection.of("contact.error.choice").exception();
        }
        actions.apply(viewer, QueueItem.Kind.CONTACT, contactId, contact.organizationId(), command);
    }
}
