package ca.harbour.cases.web;

import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseSummary;
import ca.harbour.cases.internal.CasePoliceTipDesk;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.Organization;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case's tips to police (what police made of each, from the intelligence module's fragment) and the form to send
 * one; and the supervisors' list of the tips their organization sent without consent.
 */
@Controller
class CasePoliceTipController {

    private final CasePoliceTipDesk desk;
    private final CaseFiles cases;
    private final FormErrors formErrors;

    CasePoliceTipController(CasePoliceTipDesk desk, CaseFiles cases, FormErrors formErrors) {
        this.desk = desk;
        this.cases = cases;
        this.formErrors = formErrors;
    }

    @GetMapping("/cases/{id}/police-tips")
    @PreAuthorize("hasAuthority('CASE:READ')")
    String page(@PathVariable UUID id, Model model) {
        return page(model, id, Map.of(), new CasePoliceTipDesk.Request(null, List.of(), "CONSENT", null, null));
    }

    @PostMapping("/cases/{id}/police-tips")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    String send(
            @PathVariable UUID id,
            @RequestParam(required = false) String police,
            @RequestParam(required = false) List<String> categories,
            @RequestParam(required = false) String basis,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response) {
        CasePoliceTipDesk.Request request = new CasePoliceTipDesk.Request(police, categories, basis, reason, note);
        try {
            desk.send(CurrentStaff.require(), id, request);
            return "redirect:/cases/" + id + "/police-tips?sent";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, formErrors.of(e.rejection()), request);
        }
    }

    @GetMapping("/cases/police-tips/exceptions")
    @PreAuthorize("hasAuthority('CASE:MANAGE')")
    String exceptions(Model model) {
        model.addAttribute("tips", desk.exceptions(CurrentStaff.require()));
        model.addAttribute("police", names(desk.policeServices()));
        return "cases/police-tip-exceptions";
    }

    private String page(Model model, UUID id, Map<String, String> errors, CasePoliceTipDesk.Request typed) {
        StaffPrincipal me = CurrentStaff.require();
        CaseSummary summary = cases.require(me, id);
        List<Organization> police = desk.policeServices();
        model.addAttribute("case", summary);
        model.addAttribute("mayChange", cases.mayUpdate(me, summary));
        model.addAttribute("policeServices", police);
        model.addAttribute("police", names(police));
        model.addAttribute("consents", desk.policeConsents(id));
        model.addAttribute("offered", CasePoliceTipDesk.OFFERED);
        model.addAttribute("exceptionCodes", CasePoliceTipDesk.EXCEPTIONS);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "cases/police-tips";
    }

    private static Map<UUID, String> names(List<Organization> organizations) {
        return organizations.stream().collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
    }
}
