package ca.harbour.portal;

import ca.harbour.identity.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home: who you are, and a card for each module's page your roles let you use. */
@Controller
class StaffHomeController {

    @GetMapping("/staff")
    String home(Model model) {
        model.addAttribute("me", CurrentStaff.require());
        return "portal/staff-home";
    }
}
