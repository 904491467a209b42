package ca.harbour.cases.web;

import ca.harbour.cases.internal.CaseDesk;
import ca.harbour.cases.internal.CasePeople;
import ca.harbour.cases.internal.CasePerson;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.cases.internal.CasesContributions;
import ca.harbour.cases.internal.PersonForm;
import ca.harbour.cases.internal.PersonRole;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Changing or removing a person of a case, on the form that adds one. A refusal comes back to this page with each
 * message next to its field and what was typed kept; nothing is changed.
 */
@Controller
@RequestMapping("/cases/{id}/people/{personId}")
@PreAuthorize("hasAuthority('CASE:UPDATE')")
class PeopleController {

    private final CaseDesk desk;
    private final CasePeople people;
    private final FormErrors formErrors;

    PeopleController(CaseDesk desk, CasePeople people, FormErrors formErrors) {
        this.desk = desk;
        this.people = people;
        this.formErrors = formErrors;
    }

    @GetMapping
    String edit(@PathVariable UUID id, @PathVariable UUID personId, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        CaseRow row = desk.read(me, id);
        CasePerson person = people.one(me, row, personId);
        return page(model, me, row, person, PersonForm.of(person), Map.of());
    }

    @PostMapping
    String change(
            @PathVariable UUID id,
            @PathVariable UUID personId,
            PersonForm form,
            Model model,
            HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        try {
            people.change(me, id, personId, form);
            return "redirect:/cases/" + id + "?saved#people";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return refused(model, me, id, personId, form, errors(formErrors.of(e.rejection()), "name"));
        }
    }

    @PostMapping("/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID personId, Model model, HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        try {
            people.remove(me, id, personId);
            return "redirect:/cases/" + id + "?saved#people";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return refused(model, me, id, personId, null, errors(formErrors.of(e.rejection()), "remove"));
        }
    }

    private String refused(
            Model model,
            StaffPrincipal me,
            UUID id,
            UUID personId,
            @Nullable PersonForm typed,
            Map<String, String> errors) {
        CaseRow row = desk.read(me, id);
        CasePerson person = people.one(me, row, personId);
        return page(model, me, row, person, typed == null ? PersonForm.of(person) : typed, errors);
    }

    private String page(
            Model model,
            StaffPrincipal me,
            CaseRow row,
            CasePerson current,
            PersonForm form,
            Map<String, String> errors) {
        boolean sensitive = CasePeople.seesSensitive(me, row);
        model.addAttribute("kase", row);
        model.addAttribute("current", current);
        model.addAttribute("person", form);
        model.addAttribute(
                "roles",
                Arrays.stream(PersonRole.values())
                        .filter(r -> sensitive || !r.sensitive())
                        .toList());
        // the same refusals as the change itself, said before anything is typed (and instead of the form's errors)
        String readOnlyKey = row.status().closed()
                ? "cases.workflow.error.closed"
                : AccessPolicy.permits(me, CasesContributions.CASE_UPDATE, row.ownership())
                        ? null
                        : "cases.error.notYours";
        model.addAttribute("readOnlyKey", readOnlyKey);
        model.addAttribute("errors", readOnlyKey == null ? errors : Map.of());
        return "cases/person";
    }

    /** The rejection's messages by field; one that names no field is shown next to {@code field}. */
    private static Map<String, String> errors(Map<String, String> errors, String field) {
        if (errors.containsKey("form")) {
            Map<String, String> placed = new LinkedHashMap<>(errors);
            placed.put(field, placed.remove("form"));
            return placed;
        }
        return errors;
    }
}
