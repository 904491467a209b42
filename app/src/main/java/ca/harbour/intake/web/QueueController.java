package ca.harbour.intake.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intake.internal.TipQueue;
import ca.harbour.intake.internal.Tips;
import ca.harbour.platform.web.InvalidRequestException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The advocates' live queue: refreshed by htmx every few seconds, or by the refresh button without JavaScript. */
@Controller
@RequestMapping("/queue")
@PreAuthorize("hasAuthority('TIP:READ')")
class QueueController {

    private final TipQueue queue;
    private final Clock clock;

    QueueController(TipQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    /** A row of the queue as the page shows it. */
    record Item(Tips.Tip tip, long waitingMinutes, String preview) {}

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
        model.addAttribute("me", CurrentStaff.require().userId());
        return "intake/tip";
    }

    @PostMapping("/{id}/{action:claim|release|close}")
    @PreAuthorize("hasAuthority('TIP:UPDATE')")
    String act(@PathVariable UUID id, @PathVariable String action, RedirectAttributes flash) {
        try {
            switch (action) {
                case "claim" -> queue.claim(CurrentStaff.require(), id);
                case "release" -> queue.release(CurrentStaff.require(), id);
                default -> queue.close(CurrentStaff.require(), id);
            }
        } catch (InvalidRequestException e) {
            flash.addFlashAttribute("errorKey", e.messageKey());
            return "redirect:/queue";
        }
        return "claim".equals(action) ? "redirect:/queue/" + id : "redirect:/queue";
    }

    private void fill(Model model) {
        List<Item> items = queue.open(CurrentStaff.require()).stream()
                .map(t -> new Item(t, Duration.between(t.receivedAt(), clock.instant()).toMinutes(), preview(t.whatHappened())))
                .toList();
        model.addAttribute("items", items);
        model.addAttribute("urgentWaiting", items.stream()
                .filter(i -> i.tip().urgency().urgent() && "WAITING".equals(i.tip().status())).count());
        model.addAttribute("me", CurrentStaff.require().userId());
    }

    private static String preview(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 90 ? flat : flat.substring(0, 89) + "…";
    }
}
