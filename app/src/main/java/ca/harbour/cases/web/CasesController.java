package ca.harbour.cases.web;

import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.CaseStatus;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.internal.CaseChanges;
import ca.harbour.cases.internal.CaseCodes;
import ca.harbour.cases.internal.CaseDesk;
import ca.harbour.cases.internal.CaseList;
import ca.harbour.cases.internal.CasePeople;
import ca.harbour.cases.internal.ConsentForm;
import ca.harbour.cases.internal.ContactCases;
import ca.harbour.cases.internal.PersonForm;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case list, opening a case (directly or from a hotline contact) and the case page's sections. */
@Controller
@RequestMapping("/cases")
class CasesController {

    private final CaseDesk desk;
    private final CaseList list;
    private final CasePeople people;
    private final CaseChanges changes;
    private final ContactCases contactCases;
    private final CasePage casePage;
    private final FormErrors formErrors;

    CasesController(
            CaseDesk desk,
            CaseList list,
            CasePeople people,
            CaseChanges changes,
            ContactCases contactCases,
            CasePage casePage,
            FormErrors formErrors) {
        this.desk = desk;
        this.list = list;
        this.people = people;
        this.changes = changes;
        this.contactCases = contactCases;
        this.casePage = casePage;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CASE:READ')")
    String list(
            @RequestParam(defaultValue = "mine") String view,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        boolean mine = !"organization".equals(view);
        CaseList.Filter filter = new CaseList.Filter(mine, CaseCodes.statusOrAny(status), q, pageNumber(page));
        model.addAttribute("result", list.list(CurrentStaff.require(), filter));
        model.addAttribute("filter", filter);
        model.addAttribute("view", mine ? "mine" : "organization");
        model.addAttribute("statuses", CaseStatus.values());
        return "cases/list";
    }

    static int pageNumber(String typed) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(typed.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('CASE:CREATE') and hasAuthority('CASE:READ')")
    String newCase(Model model) {
        return newForm(model, new OpeningForm("", "", List.of(), List.of()), Map.of());
    }

    /** A case as typed on the opening form. */
    record OpeningForm(
            @Nullable String label,
            @Nullable String summary,
            @Nullable List<String> exploitationTypes,
            @Nullable List<String> meansOfControl) {

        public List<String> types() {
            return exploitationTypes == null ? List.of() : exploitationTypes;
        }

        public List<String> means() {
            return meansOfControl == null ? List.of() : meansOfControl;
        }
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CASE:CREATE') and hasAuthority('CASE:READ')")
    String open(OpeningForm form, Model model, HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        try {
            String summary = form.summary() == null || form.summary().isBlank() ? null : form.summary();
            NewCase opening = new NewCase(
                    CaseOrigin.DIRECT,
                    null,
                    form.label() == null ? "" : form.label(),
                    summary,
                    form.types(),
                    form.means());
            UUID id = changes.openDirectly(me, opening);
            return "redirect:/cases/" + id + "?opened";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return newForm(model, form, errors(e.rejection(), "label"));
        }
    }

    private String newForm(Model model, OpeningForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "cases/new";
    }

    @PostMapping("/from-contact/{actionId}")
    @PreAuthorize("hasAuthority('CASE:CREATE')")
    String fromContact(
            @PathVariable UUID actionId, @RequestParam(required = false) UUID contact, RedirectAttributes flash) {
        StaffPrincipal me = CurrentStaff.require();
        try {
            UUID id = contactCases.open(me, actionId);
            if (changes.mayRead(me, id)) {
                return "redirect:/cases/" + id + "?opened";
            }
            flash.addFlashAttribute("noticeKey", "cases.fromContact.opened");
        } catch (Rejected e) {
            flash.addFlashAttribute("errorKey", e.rejection().messageKey());
        }
        return contact == null ? "redirect:/contacts" : "redirect:/contacts/" + contact + "#next";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('CASE:READ')")
    String show(@PathVariable UUID id, @RequestParam(required = false) List<String> kind, Model model) {
        return casePage.show(model, id, kind, Map.of(), Map.of());
    }

    @PostMapping("/{id}/people")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    String addPerson(@PathVariable UUID id, PersonForm form, Model model, HttpServletResponse response) {
        try {
            people.add(CurrentStaff.require(), id, form);
            return "redirect:/cases/" + id + "?saved#people";
        } catch (Rejected e) {
            return refused(model, response, id, errors(e.rejection(), "name"), Map.of("person", form));
        }
    }

    @PostMapping("/{id}/consents")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    String recordConsent(@PathVariable UUID id, ConsentForm form, Model model, HttpServletResponse response) {
        try {
            desk.record(CurrentStaff.require(), id, casePage.consent(form));
            return "redirect:/cases/" + id + "?saved#consents";
        } catch (Rejected e) {
            return refused(model, response, id, errors(e.rejection(), "purpose"), Map.of("consent", form));
        }
    }

    /**
     * Searches the directory for a service the consent being typed may name, and shows the form again as typed
     * (posted, so that nothing typed about the person goes into an address); records nothing.
     */
    @PostMapping("/{id}/consents/services")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    String searchConsentService(
            @PathVariable UUID id,
            ConsentForm form,
            @RequestParam(defaultValue = "") String serviceQuery,
            Model model) {
        String query = serviceQuery.length() > ConsentServices.QUERY_MAX
                ? serviceQuery.substring(0, ConsentServices.QUERY_MAX)
                : serviceQuery;
        return casePage.show(model, id, null, Map.of(), Map.of("consent", form, "serviceQuery", query));
    }

    @PostMapping("/{id}/consents/{consentId}/withdraw")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    String withdrawConsent(
            @PathVariable UUID id, @PathVariable UUID consentId, Model model, HttpServletResponse response) {
        try {
            changes.withdraw(CurrentStaff.require(), id, consentId);
            return "redirect:/cases/" + id + "?saved#consents";
        } catch (Rejected e) {
            return refused(model, response, id, errors(e.rejection(), "consents"), Map.of());
        }
    }

    @PostMapping("/{id}/stage")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    String stage(
            @PathVariable UUID id,
            @RequestParam(required = false) String stage,
            Model model,
            HttpServletResponse response) {
        try {
            changes.moveStage(CurrentStaff.require(), id, stage);
            return "redirect:/cases/" + id + "?saved#workflow";
        } catch (Rejected e) {
            return refused(model, response, id, errors(e.rejection(), "stage"), Map.of());
        }
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    String status(
            @PathVariable UUID id,
            @RequestParam(required = false) String status,
            Model model,
            HttpServletResponse response) {
        try {
            changes.changeStatus(CurrentStaff.require(), id, status);
            return "redirect:/cases/" + id + "?saved#workflow";
        } catch (Rejected e) {
            return refused(model, response, id, errors(e.rejection(), "status"), Map.of());
        }
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('CASE:READ')")
    String reopen(@PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            changes.reopen(CurrentStaff.require(), id);
            return "redirect:/cases/" + id + "?saved#workflow";
        } catch (Rejected e) {
            return refused(model, response, id, errors(e.rejection(), "stage"), Map.of());
        }
    }

    @PostMapping("/{id}/describe")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    String describe(
            @PathVariable UUID id,
            @RequestParam(required = false) List<String> exploitationTypes,
            @RequestParam(required = false) List<String> meansOfControl,
            @RequestParam(required = false) List<String> recruitment,
            Model model,
            HttpServletResponse response) {
        try {
            changes.describe(
                    CurrentStaff.require(),
                    id,
                    orEmpty(exploitationTypes),
                    orEmpty(meansOfControl),
                    orEmpty(recruitment));
            return "redirect:/cases/" + id + "?saved#situation";
        } catch (Rejected e) {
            return refused(model, response, id, errors(e.rejection(), "exploitationTypes"), Map.of());
        }
    }

    @PostMapping("/{id}/workers")
    @PreAuthorize("hasAuthority('CASE:MANAGE')")
    String assign(
            @PathVariable UUID id,
            @RequestParam(required = false) String worker,
            @RequestParam(defaultValue = "assign") String action,
            Model model,
            HttpServletResponse response) {
        try {
            UUID who = uuidOrNull(worker);
            if ("unassign".equals(action)) {
                changes.unassign(CurrentStaff.require(), id, who);
            } else {
                changes.assign(CurrentStaff.require(), id, who);
            }
            return "redirect:/cases/" + id + "?saved#summary";
        } catch (Rejected e) {
            return refused(model, response, id, errors(e.rejection(), "worker"), Map.of());
        }
    }

    @PostMapping("/{id}/transfer")
    @PreAuthorize("hasAuthority('CASE:MANAGE')")
    String transfer(
            @PathVariable UUID id,
            @RequestParam(required = false) String organization,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        StaffPrincipal me = CurrentStaff.require();
        try {
            changes.transfer(me, id, uuidOrNull(organization));
            flash.addFlashAttribute("noticeKey", "cases.transfer.done");
            return changes.mayRead(me, id) ? "redirect:/cases/" + id : "redirect:/cases";
        } catch (Rejected e) {
            return refused(model, response, id, errors(e.rejection(), "organization"), Map.of());
        }
    }

    private String refused(
            Model model, HttpServletResponse response, UUID id, Map<String, String> errors, Map<String, Object> typed) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return casePage.show(model, id, null, errors, typed);
    }

    /** The rejection's messages by field; one that names no field is shown next to {@code field}. */
    private Map<String, String> errors(Rejection rejection, String field) {
        Map<String, String> errors = formErrors.of(rejection);
        if (errors.containsKey("form")) {
            Map<String, String> placed = new LinkedHashMap<>();
            placed.put(field, errors.get("form"));
            return placed;
        }
        return errors;
    }

    static @Nullable UUID uuidOrNull(@Nullable String typed) {
        try {
            return typed == null ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> orEmpty(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }
}
