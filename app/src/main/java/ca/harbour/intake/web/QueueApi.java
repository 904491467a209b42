package ca.harbour.intake.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.internal.LiveQueue;
import ca.harbour.intake.internal.QueueItem;
import ca.harbour.intake.internal.TipQueue;
import ca.harbour.intake.internal.Tips;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The live queue for machines: the same rows as the page (same access rule, same audit) with the
 * same "possible flood" warning, and a contact's follow-up claimed, released or closed; a refusal
 * is a Problem Details body.
 */
@RestController
class QueueApi {

    private final LiveQueue queue;
    private final TipQueue tips;

    QueueApi(LiveQueue queue, TipQueue tips) {
        this.queue = queue;
        this.tips = tips;
    }

    /**
     * The queue's rows, and whether a possible flood of "danger now" tips is held back for review.
     *
     * @param possibleFlood true while any tip the caller could see is held for review (the page shows a banner)
     * @param heldForReview how many are held
     * @param heldSince when the oldest held tip arrived; null when none is held
     */
    record Answer(boolean possibleFlood, int heldForReview, Instant heldSince, List<QueueItem> items) {}

    @GetMapping("/api/v1/queue")
    @PreAuthorize("hasAuthority('TIP:READ') or hasAuthority('CONTACT:READ')")
    Answer open() {
        StaffPrincipal viewer = CurrentStaff.require();
        List<QueueItem> items = queue.open(viewer);
        Tips.Held held = tips.heldForReview(viewer);
        return new Answer(held.count() > 0, held.count(), held.since(), items);
    }

    /** The "danger now" tips held as a possible flood, oldest first: the review list of the page. */
    @GetMapping("/api/v1/queue/held")
    @PreAuthorize("hasAuthority('TIP:READ')")
    List<QueueItem> held() {
        return tips.held(CurrentStaff.require()).stream().map(QueueItem::of).toList();
    }

    /** Moves a held tip into the queue ({@code admit}) or dismisses it; 400 when it is no longer held. */
    @PostMapping("/api/v1/queue/held/{id}/{action:admit|dismiss}")
    @PreAuthorize("hasAuthority('TIP:UPDATE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void review(@PathVariable UUID id, @PathVariable String action) {
        tips.review(CurrentStaff.require(), id, "admit".equals(action));
    }

    @PostMapping("/api/v1/queue/contacts/{id}/{action:claim|release|close}")
    @PreAuthorize("hasAuthority('CONTACT:UPDATE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void actOnContact(@PathVariable UUID id, @PathVariable String action) {
        queue.actOnContact(CurrentStaff.require(), id, QueueController.command(action));
    }
}
