package ca.harbour.cases.web.work;

import ca.harbour.cases.internal.work.CaseNote;
import ca.harbour.cases.internal.work.NoteDesk;
import ca.harbour.cases.internal.work.NoteSensitivity;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case's notes, newest first, each read audited; a new note, or a correction of an earlier one (notes are never
 * edited in place). Restricted notes are listed only to those {@link CaseNote#readableBy} lets.
 */
@Controller
@RequestMapping("/cases/{id}/notes")
@PreAuthorize("hasAuthority('CASE:READ')")
class NotesController {

    private final NoteDesk desk;
    private final FormErrors formErrors;

    NotesController(NoteDesk desk, FormErrors formErrors) {
        this.desk = desk;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(@PathVariable UUID id, @RequestParam(defaultValue = "") String corrects, Model model) {
        return page(model, id, Map.of(), Map.of("corrects", corrects, "sensitivity", "STANDARD"));
    }

    @PostMapping
    String add(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String sensitivity,
            @RequestParam(defaultValue = "") String corrects,
            Model model,
            HttpServletResponse response) {
        try {
            desk.add(
                    CurrentStaff.require(),
                    id,
                    text,
                    sensitivity,
                    Typed.id("corrects", "cases.work.notes.error.corrects", corrects));
            return "redirect:/cases/" + id + "/notes?saved";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(
                    model,
                    id,
                    formErrors.of(e.rejection()),
                    Map.of("text", text, "sensitivity", sensitivity, "corrects", corrects));
        }
    }

    private String page(Model model, UUID id, Map<String, String> errors, Map<String, String> typed) {
        StaffPrincipal me = CurrentStaff.require();
        NoteDesk.View view = desk.list(me, id);
        Map<UUID, CaseNote> byId = view.notes().stream().collect(Collectors.toMap(CaseNote::id, Function.identity()));
        String corrects = typed.getOrDefault("corrects", "");
        model.addAttribute("case", view.summary());
        model.addAttribute("view", view);
        model.addAttribute("byId", byId);
        model.addAttribute(
                "correcting",
                view.notes().stream()
                        .filter(n -> n.id().toString().equals(corrects.strip()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("sensitivities", List.of(NoteSensitivity.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "cases/work/notes";
    }
}
