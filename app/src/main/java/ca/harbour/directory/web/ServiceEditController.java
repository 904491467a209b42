package ca.harbour.directory.web;

import ca.harbour.directory.internal.DirectoryEditing;
import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.Taxonomy;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The full service editor: names, descriptions and how to get help in both languages, who it is
 * for, languages, needs, phones, e-mail, website, hours per day and locations. Only those who may
 * edit the service (see {@link DirectoryEditing#mayEdit}) see it; each save is one audited change.
 */
@Controller
@RequestMapping("/staff/directory/services/{id}/edit")
@PreAuthorize("hasAuthority('DIRECTORY:UPDATE')")
class ServiceEditController {

    private final DirectoryEditing editing;
    private final DirectoryView view;
    private final Taxonomy taxonomy;
    private final Places places;

    ServiceEditController(DirectoryEditing editing, DirectoryView view, Taxonomy taxonomy, Places places) {
        this.editing = editing;
        this.view = view;
        this.taxonomy = taxonomy;
        this.places = places;
    }

    @GetMapping
    String edit(@PathVariable String id, Model model) {
        DirectoryService s = editing.editable(CurrentStaff.require(), FindController.parse(id));
        show(s, ServiceEditForm.of(s), Map.of(), model);
        return "directory/staff-edit";
    }

    @PostMapping
    String save(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        DirectoryService s = editing.editable(me, FindController.parse(id));
        ServiceEditForm form = ServiceEditForm.read(params);
        ServiceEditCheck check = new ServiceEditCheck(form, s);
        Optional<DirectoryEditing.Details> details = check.details(taxonomy.terms(), view::englishLanguage, places);
        if (details.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            check.errors().forEach((field, message) -> errors.put(field, view.text(message)));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(s, form.withEmptyRows(), errors, model);
            return "directory/staff-edit";
        }
        editing.edit(me, s.id(), details.get());
        return "redirect:/staff/directory/services/" + s.id() + "?updated";
    }

    private void show(DirectoryService s, ServiceEditForm form, Map<String, String> errors, Model model) {
        model.addAttribute("s", s);
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        Map<String, String> languages = new LinkedHashMap<>();
        DirectoryView.LANGUAGES.forEach(code -> languages.put(code, view.text("directory.lang." + code)));
        s.languages().forEach(l -> languages.putIfAbsent(l.code(), l.name()));
        Map<String, String> terms = new LinkedHashMap<>();
        taxonomy.terms().forEach(t -> terms.put(t.id().toString(), view.term(t)));
        model.addAttribute("languageChoices", languages);
        model.addAttribute("termChoices", terms);
        model.addAttribute("days", ServiceEditForm.DAYS);
        model.addAttribute(
                "splitHours",
                ServiceEditForm.DAYS.stream()
                        .anyMatch(day -> s.hours().stream()
                                        .filter(h ->
                                                List.of(h.byday().split(",")).contains(day))
                                        .count()
                                > 1));
        model.addAttribute("phoneTypes", ServiceEditForm.PHONE_TYPES);
    }
}
