package ca.harbour.intake.internal;

import ca.harbour.intake.Urgency;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * One row of the advocates' live queue: a tip or a contact that needs follow-up, with what the
 * queue orders by (urgency, then how long it has waited) and who holds it.
 *
 * @param label the tip's reference, or the contact's channel code (the page translates it)
 * @param preview a one-line summary for the row, already shortened
 */
public record QueueItem(
        Kind kind,
        UUID id,
        String label,
        Urgency urgency,
        Instant waitingSince,
        String preview,
        String status,
        UUID claimedBy,
        String claimedByName) {

    /** What sort of work the row is. */
    public enum Kind {
        TIP,
        CONTACT
    }

    /** Most urgent first, then the longest waiting. */
    public static final Comparator<QueueItem> ORDER =
            Comparator.comparingInt((QueueItem i) -> i.urgency().rank()).thenComparing(QueueItem::waitingSince);

    private static final int PREVIEW = 90;

    public static QueueItem of(Tips.Tip t) {
        return new QueueItem(
                Kind.TIP,
                t.id(),
                t.reference(),
                t.urgency(),
                t.receivedAt(),
                preview(t.whatHappened()),
                t.status(),
                t.claimedBy(),
                t.claimedByName());
    }

    /** A contact's row; its follow-up task, when there is one, says best what is waiting. */
    static QueueItem of(Contacts.Queued q) {
        Contacts.Contact c = q.contact();
        String text =
                c.form().followUp() != null ? c.form().followUp() : c.form().summary();
        return new QueueItem(
                Kind.CONTACT,
                c.id(),
                c.form().channel(),
                c.urgency(),
                c.startedAt(),
                preview(text),
                q.queueStatus(),
                q.claimedBy(),
                q.claimedByName());
    }

    public boolean isTip() {
        return kind == Kind.TIP;
    }

    public boolean waiting() {
        return "WAITING".equals(status);
    }

    private static String preview(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= PREVIEW ? flat : flat.substring(0, PREVIEW - 1) + "…";
    }
}
