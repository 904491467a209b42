package ca.harbour.care.web;

import ca.harbour.care.internal.InformationCategory;
import ca.harbour.care.internal.YouthConsent;
import ca.harbour.care.internal.YouthConsentDesk;
import ca.harbour.care.internal.YouthConsentForm;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A youth's consents: the list with each one's state, recording one, withdrawing one. */
@Controller
@RequestMapping("/care/youth/{id}/consents")
class YouthConsentsController {

    private final YouthConsentDesk consents;
    private final CareConferenceView view;
    private final FormErrors formErrors;

    YouthConsentsController(YouthConsentDesk consents, CareConferenceView view, FormErrors formErrors) {
        this.consents = consents;
        this.view = view;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CARE_YOUTH:READ')")
    String page(@PathVariable UUID id, Model model) {
        return show(model, id, YouthConsentForm.empty(view.today()), Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    String record(@PathVariable UUID id, YouthConsentForm form, Model model, HttpServletResponse response) {
        try {
            consents.record(CurrentStaff.require(), id, form);
            return "redirect:/care/youth/" + id + "/consents?saved";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, id, form, formErrors.of(e.rejection()));
        }
    }

    @PostMapping("/{consentId}/withdraw")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, Model model, HttpServletResponse response) {
        try {
            consents.withdraw(CurrentStaff.require(), id, consentId);
            return "redirect:/care/youth/" + id + "/consents?withdrawn";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, id, YouthConsentForm.empty(view.today()), formErrors.of(e.rejection()));
        }
    }

    private String show(Model model, UUID youthId, YouthConsentForm form, Map<String, String> errors) {
        YouthConsentDesk.Consents shown = consents.list(CurrentStaff.require(), youthId);
        LocalDate today = view.today();
        Set<UUID> inForce = shown.consents().stream()
                .filter(c -> c.inForce(today, view.now()))
                .map(YouthConsent::id)
                .collect(Collectors.toSet());
        model.addAttribute("youth", shown.youth());
        model.addAttribute("consents", shown.consents());
        model.addAttribute("inForce", inForce);
        model.addAttribute("organizations", view.organizationNames());
        model.addAttribute("recipientChoices", consents.organizations());
        model.addAttribute("categories", InformationCategory.values());
        model.addAttribute("consent", form);
        model.addAttribute("errors", errors);
        return "care/consents";
    }
}
