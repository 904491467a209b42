package ca.harbour.intelligence.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intelligence.internal.PoliceInbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The tips the viewer's organization sent to police, with what became of them. */
@Controller
class SentController {

    private final PoliceInbox inbox;
    private final PoliceTipsView view;

    SentController(PoliceInbox inbox, PoliceTipsView view) {
        this.inbox = inbox;
        this.view = view;
    }

    @GetMapping("/intelligence/sent")
    @PreAuthorize("hasAuthority('POLICE_TIP_SENT:READ')")
    String sent(Model model) {
        model.addAttribute("tips", inbox.sent(CurrentStaff.require()));
        model.addAttribute("names", view.organizationNames());
        return "intelligence/sent";
    }
}
