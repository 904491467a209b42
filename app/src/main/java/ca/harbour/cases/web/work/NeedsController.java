package ca.harbour.cases.web.work;

import ca.harbour.cases.internal.work.NeedDomain;
import ca.harbour.cases.internal.work.NeedLevel;
import ca.harbour.cases.internal.work.NeedsDesk;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case's needs assessment: each domain's level and note, starting from the current assessment; saving records a
 * new assessment and keeps the earlier ones as history.
 */
@Controller
@RequestMapping("/cases/{id}/needs")
@PreAuthorize("hasAuthority('CASE:READ')")
class NeedsController {

    private final NeedsDesk desk;
    private final FormErrors formErrors;

    NeedsController(NeedsDesk desk, FormErrors formErrors) {
        this.desk = desk;
        this.formErrors = formErrors;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        NeedsDesk.View view = desk.read(CurrentStaff.require(), id);
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        view.current()
                .ifPresent(a -> a.needs().forEach(n -> {
                    levels.put(n.domain().name(), n.level().name());
                    notes.put(n.domain().name(), n.note());
                }));
        return page(model, view, levels, notes, Map.of());
    }

    @PostMapping
    String assess(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        Map<String, String> levels = prefixed(params, "level-");
        Map<String, String> notes = prefixed(params, "note-");
        try {
            desk.assess(me, id, levels, notes);
            return "redirect:/cases/" + id + "/needs?saved";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, desk.read(me, id), levels, notes, formErrors.of(e.rejection()));
        }
    }

    /** The form's fields named {@code prefix + DOMAIN}, by domain name. */
    private static Map<String, String> prefixed(MultiValueMap<String, String> params, String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(prefix) && !values.isEmpty()) {
                found.put(name.substring(prefix.length()), Typed.text(values.get(0)));
            }
        });
        return found;
    }

    private String page(
            Model model,
            NeedsDesk.View view,
            Map<String, String> levels,
            Map<String, String> notes,
            Map<String, String> errors) {
        model.addAttribute("case", view.summary());
        model.addAttribute("view", view);
        model.addAttribute("domains", List.of(NeedDomain.values()));
        model.addAttribute("levels", List.of(NeedLevel.values()));
        model.addAttribute("typedLevels", levels);
        model.addAttribute("typedNotes", notes);
        model.addAttribute("errors", errors);
        return "cases/work/needs";
    }
}
