package ca.harbour.intelligence.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intelligence.TipStatus;
import ca.harbour.intelligence.internal.PoliceInbox;
import ca.harbour.intelligence.internal.PoliceTips.PoliceTip;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The police service's inbox of tips from the hotline, one tip's page, and moving a tip on with feedback. */
@Controller
@RequestMapping("/intelligence")
class InboxController {

    private final PoliceInbox inbox;
    private final PoliceTipsView view;
    private final FormErrors formErrors;

    InboxController(PoliceInbox inbox, PoliceTipsView view, FormErrors formErrors) {
        this.inbox = inbox;
        this.view = view;
        this.formErrors = formErrors;
    }

    @GetMapping("/inbox")
    @PreAuthorize("hasAuthority('POLICE_TIP:READ')")
    String inbox(Model model) {
        model.addAttribute("tips", inbox.inbox(CurrentStaff.require()));
        model.addAttribute("names", view.organizationNames());
        return "intelligence/inbox";
    }

    @GetMapping("/inbox/{id}")
    @PreAuthorize("hasAuthority('POLICE_TIP:READ')")
    String tip(@PathVariable UUID id, Model model) {
        return page(model, inbox.read(CurrentStaff.require(), id), Map.of(), null);
    }

    @PostMapping("/inbox/{id}")
    @PreAuthorize("hasAuthority('POLICE_TIP:UPDATE')")
    String update(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(required = false) String feedback,
            Model model,
            HttpServletResponse response) {
        try {
            inbox.update(CurrentStaff.require(), id, parse(status), feedback);
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, inbox.read(CurrentStaff.require(), id), formErrors.of(e.rejection()), feedback);
        }
        return "redirect:/intelligence/inbox/" + id + "?saved";
    }

    static TipStatus parse(String status) {
        for (TipStatus s : TipStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return null;
    }

    private String page(Model model, PoliceTip tip, Map<String, String> errors, String typed) {
        model.addAttribute("tip", tip);
        model.addAttribute("sender", view.nameOf(tip.senderOrganizationId()));
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", TipStatus.values());
        model.addAttribute("feedback", typed != null ? typed : tip.feedback() == null ? "" : tip.feedback());
        return "intelligence/tip";
    }
}
