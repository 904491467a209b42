package ca.harbour.intake.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intake.internal.LiveQueue;
import ca.harbour.intake.internal.QueueItem;
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
 * The live queue for machines: the same rows as the page (same access rule, same audit), and a
 * contact's follow-up claimed, released or closed; a refusal is a Problem Details body.
 */
@RestController
class QueueApi {

    private final LiveQueue queue;

    QueueApi(LiveQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/api/v1/queue")
    @PreAuthorize("hasAuthority('TIP:READ') or hasAuthority('CONTACT:READ')")
    List<QueueItem> open() {
        return queue.open(CurrentStaff.require());
    }

    @PostMapping("/api/v1/queue/contacts/{id}/{action:claim|release|close}")
    @PreAuthorize("hasAuthority('CONTACT:UPDATE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void actOnContact(@PathVariable UUID id, @PathVariable String action) {
        queue.actOnContact(CurrentStaff.require(), id, action);
    }
}
