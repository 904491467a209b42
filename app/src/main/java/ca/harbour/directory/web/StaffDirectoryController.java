package ca.harbour.directory.web;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.directory.internal.DirectoryEditing;
import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.Services;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.web.FormErrors;
import ca.harbour.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The staff directory: the same search with staff-only fields (intake notes, referral contact,
 * capacity, the address of a confidential location), every service whatever its status, and, for those allowed, updating a service's availability, capacity and hours at once.
 */
@Controller
class StaffDirectoryController {

    private final FindController find;
    private final Services services;
    private final DirectoryEditing editing;
    private final DirectoryView view;
    private final FormErrors formErrors;
    private final Audit audit;
    private final Places places;

    StaffDirectoryController(
            FindController find,
            Services services,
            DirectoryEditing editing,
            DirectoryView view,
            FormErrors formErrors,
            Audit audit,
            Places places) {
        this.places = places;
        this.find = find;
        this.services = services;
        this.editing = editing;
        this.view = view;
        this.formErrors = formErrors;
        this.audit = audit;
    }

    @GetMapping("/staff/directory")
    @PreAuthorize("hasAuthority('DIRECTORY:SEARCH')")
    String search(FindForm form, Model model, HttpServletResponse response) {
        find.search(form, false, model, response);
        return "directory/staff-search";
    }

    @GetMapping("/staff/directory/services/{id}")
    @PreAuthorize("hasAuthority('DIRECTORY:READ')")
    String service(@PathVariable String id, Model model) {
        DirectoryService s = services.find(FindController.parse(id)).orElseThrow(NotFoundException::new);
        audit.record(AuditAction.READ, "directory.service", s.id());
        show(s, UpdateForm.of(s), Map.of(), model);
        return "directory/staff-service";
    }

    @PostMapping("/staff/directory/services/{id}")
    @PreAuthorize("hasAuthority('DIRECTORY:UPDATE')")
    String update(@PathVariable String id, UpdateForm form, Model model, HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        DirectoryService s = editing.editable(me, FindController.parse(id));
        UpdateForm.Checked checked = form.check(places);
        if (!checked.errors().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            checked.errors().forEach((field, key) -> errors.put(field, formErrors.text(key)));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(s, form, errors, model);
            return "directory/staff-service";
        }
        editing.change(me, s.id(), form.changes(checked, s));
        return "redirect:/staff/directory/services/" + s.id() + "?updated";
    }

    private void show(DirectoryService s, UpdateForm form, Map<String, String> errors, Model model) {
        model.addAttribute("s", s);
        model.addAttribute("staffView", true);
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "mayEdit",
                CurrentStaff.get().map(me -> DirectoryEditing.mayEdit(me, s)).orElse(false));
    }
}
