package ca.harbour.intake.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intake.internal.LiveQueue;
import ca.harbour.intake.internal.PhoneLinks;
import ca.harbour.intake.internal.QueueItem;
import ca.harbour.intake.internal.TipQueue;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.workitem.WorkItemCommand;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The advocates' live queue of tips and contacts that need follow-up: refreshed by htmx every few
 * seconds, or by the refresh button without JavaScript.
 */
@Controller
@RequestMapping("/queue")
@PreAuthorize("hasAuthority('TIP:READ') or hasAuthority('CONTACT:READ')")
class QueueController {

    private final TipQueue queue;
    private final LiveQueue live;
    private final PhoneLinks phoneLinks;
    private final Clock clock;

    QueueController(TipQueue queue, LiveQueue live, PhoneLinks phoneLinks, Clock clock) {
        this.queue = queue;
        this.live = live;
        this.phoneLinks = phoneLinks;
        this.clock = clock;
    }

    /** A row of the queue as the page shows it, with how long it has waited as a number and a unit. */
    record Item(QueueItem item, long waited, String waitedUnit) {

        static Item of(QueueItem item, Duration waited) {
            long minutes = Math.max(0, waited.toMinutes());
            return minutes < 120
                    ? new Item(item, minutes, "minutes")
                    : minutes < 2 * 24 * 60
                            ? new Item(item, minutes / 60, "hours")
                            : new Item(item, minutes / (24 * 60), "days");
        }
    }

    @GetMapping
    String page(Model model) {
        fill(model);
        return "intake/queue";
    }

    @GetMapping("/items")
    String items(Model model) {
        fill(model);
        return "intake/queue :: items";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("tip", queue.read(CurrentStaff.require(), id));
        model.addAttribute("samePhone", phoneLinks.contactsForTip(CurrentStaff.require(), id));
        model.addAttribute("me", CurrentStaff.require().userId());
        return "intake/tip";
    }

    @PostMapping("/{id}/{action:claim|release|close}")
    @PreAuthorize("hasAuthority('TIP:UPDATE')")
    String act(@PathVariable UUID id, @PathVariable String action, RedirectAttributes flash) {
        try {
            queue.act(CurrentStaff.require(), id, command(action));
        } catch (Rejected e) {
            flash.addFlashAttribute("errorKey", e.rejection().messageKey());
            return "redirect:/queue";
        }
        return "claim".equals(action) ? "redirect:/queue/" + id : "redirect:/queue";
    }

    /** The "possible flood" review list: danger-now tips held back from the queue, oldest first. */
    @GetMapping("/held")
    String held(Model model) {
        model.addAttribute("tips", queue.held(CurrentStaff.require()));
        return "intake/held";
    }

    @PostMapping("/held/{id}/{action:admit|dismiss}")
    @PreAuthorize("hasAuthority('TIP:UPDATE')")
    String review(@PathVariable UUID id, @PathVariable String action, RedirectAttributes flash) {
        try {
            queue.review(CurrentStaff.require(), id, "admit".equals(action));
        } catch (Rejected e) {
            flash.addFlashAttribute("errorKey", e.rejection().messageKey());
            return "redirect:/queue/held";
        }
        flash.addFlashAttribute("noticeKey", "admit".equals(action) ? "flood.admitted" : "flood.dismissed");
        return "redirect:/queue/held";
    }

    @PostMapping("/contacts/{id}/{action:claim|release|close}")
    @PreAuthorize("hasAuthority('CONTACT:UPDATE')")
    String actOnContact(@PathVariable UUID id, @PathVariable String action, RedirectAttributes flash) {
        try {
            live.actOnContact(CurrentStaff.require(), id, command(action));
        } catch (Rejected e) {
            flash.addFlashAttribute("errorKey", e.rejection().messageKey());
            return "redirect:/queue";
        }
        return "claim".equals(action) ? "redirect:/contacts/" + id : "redirect:/queue";
    }

    /** The command a path names; the mappings only let the commands through that each kind accepts. */
    static WorkItemCommand command(String action) {
        return WorkItemCommand.valueOf(action.toUpperCase(Locale.ROOT));
    }

    private void fill(Model model) {
        List<Item> items = live.open(CurrentStaff.require()).stream()
                .map(i -> Item.of(i, Duration.between(i.waitingSince(), clock.instant())))
                .toList();
        model.addAttribute("items", items);
        model.addAttribute(
                "urgentWaiting",
                items.stream()
                        .filter(i -> i.item().urgency().urgent() && i.item().waiting())
                        .count());
        model.addAttribute("me", CurrentStaff.require().userId());
        model.addAttribute("held", queue.heldForReview(CurrentStaff.require()));
    }
}
