package ca.harbour.portal;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.Permission;
import ca.harbour.identity.Scope;
import ca.harbour.identity.StaffPrincipal;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home: who you are, what your roles let you do, and where to start. */
@Controller
class StaffHomeController {

    @GetMapping("/staff")
    String home(Model model) {
        StaffPrincipal me = CurrentStaff.require();
        Map<Permission.Resource, Map<Permission.Action, Scope>> grants = new TreeMap<>();
        me.permissions().forEach((p, scope) ->
                grants.computeIfAbsent(p.resource(), r -> new TreeMap<>()).put(p.action(), scope));
        model.addAttribute("me", me);
        model.addAttribute("grants", grants);
        return "portal/staff-home";
    }
}
