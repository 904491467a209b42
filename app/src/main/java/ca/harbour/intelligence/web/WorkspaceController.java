package ca.harbour.intelligence.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intelligence.internal.explore.Exploration;
import ca.harbour.intelligence.internal.explore.TypedIdentifier;
import ca.harbour.intelligence.internal.graph.Entities.Entity;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysts' workspace home: a search for a phone, e-mail or handle as written anywhere, the service's counts,
 * recent imports, the most connected identifiers and the clusters of flagged ads.
 */
@Controller
@RequestMapping("/intelligence")
class WorkspaceController {

    private final Exploration exploration;

    WorkspaceController(Exploration exploration) {
        this.exploration = exploration;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('INTEL_ENTITY:READ')")
    String home(@RequestParam(required = false) String q, Model model) {
        String typed = q == null ? "" : q.strip();
        if (!typed.isEmpty()) {
            if (typed.length() > TypedIdentifier.MAX_LENGTH) {
                model.addAttribute("searchError", "intelligence.explore.error.search");
            } else {
                Optional<Entity> found = exploration.search(CurrentStaff.require(), typed);
                if (found.isPresent()) {
                    return "redirect:/intelligence/entities/" + found.get().id();
                }
                model.addAttribute("searchError", "intelligence.explore.noMatch");
            }
        }
        model.addAttribute("q", typed);
        model.addAttribute("home", exploration.home(CurrentStaff.require()));
        return "intelligence/explore/home";
    }
}
