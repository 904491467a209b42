package ca.harbour.intake.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.web.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static final Map<String, String> DONE = Map.of("claim", "claimed", "release", "released", "close", "closed");

    private final TipQueue tips;
    private final Contacts contacts;
    private final ContactDesk desk;
    private final Audit audit;

    LiveQueue(TipQueue tips, Contacts contacts, ContactDesk desk, Audit audit) {
        this.tips = tips;
        this.contacts = contacts;
        this.desk = desk;
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
        List<QueueItem> shown = Stream.concat(tips.unaudited(viewer).stream().map(QueueItem::of),
                        waiting.stream().map(QueueItem::of))
                .sorted(QueueItem.ORDER).limit(TipQueue.MAX_SHOWN).toList();
        audit.recordList(AuditAction.SEARCH, "tip", "live queue",
                shown.stream().filter(QueueItem::isTip).map(QueueItem::id).toList());
        audit.recordList(AuditAction.SEARCH, "contact", "live queue",
                shown.stream().filter(i -> !i.isTip()).map(QueueItem::id).toList());
        return shown;
    }

    /** The contact's place in the queue, for its own page; the caller has already read (and audited) the contact. */
    public Optional<QueueItem> contactEntry(UUID contactId) {
        return contacts.queued(contactId).map(QueueItem::of);
    }

    /** Claims, releases or closes a contact's follow-up; refused as for tips when another advocate holds it. */
    @Transactional
    public void actOnContact(StaffPrincipal viewer, UUID contactId, String action) {
        desk.visible(viewer, contactId, ContactDesk.UPDATE);
        boolean done = switch (action) {
            case "claim" -> contacts.claim(contactId, viewer.userId(), viewer.displayName());
            case "release" -> contacts.release(contactId, viewer.userId());
            case "close" -> contacts.close(contactId, viewer.userId());
            default -> throw new InvalidRequestException("contact.error.choice");
        };
        if (!done) {
            throw new InvalidRequestException("claim".equals(action) ? "queue.error.taken" : "queue.error.notYours");
        }
        audit.record(AuditAction.UPDATE, "contact", contactId, "queue: " + DONE.get(action));
    }
}
