package ca.harbour.cases.web;

import ca.harbour.cases.internal.CaseDutyDesk;
import ca.harbour.cases.internal.DutyReportForm;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Recording, on the case page, the report to a children's aid society made for a person on the case. */
@Controller
class CaseDutyController {

    private final CaseDutyDesk duty;
    private final CasePage casePage;
    private final FormErrors formErrors;

    CaseDutyController(CaseDutyDesk duty, CasePage casePage, FormErrors formErrors) {
        this.duty = duty;
        this.casePage = casePage;
        this.formErrors = formErrors;
    }

    @PostMapping("/cases/{id}/duty-to-report/{personId}")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    String record(
            @PathVariable UUID id,
            @PathVariable UUID personId,
            DutyReportForm form,
            Model model,
            HttpServletResponse response) {
        try {
            duty.record(CurrentStaff.require(), id, personId, form);
            return "redirect:/cases/" + id + "?saved#duty";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // each person's form has its own fields: the summary links to this person's
            Map<String, String> errors = new LinkedHashMap<>();
            formErrors.of(e.rejection()).forEach((field, text) -> {
                errors.put("form".equals(field) ? "duty" : field + "-" + personId, text);
            });
            return casePage.show(model, id, null, errors, Map.of("duty", form, "dutyPerson", personId));
        }
    }
}
