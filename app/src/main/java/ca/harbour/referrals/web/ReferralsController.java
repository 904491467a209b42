package ca.harbour.referrals.web;

import ca.harbour.cases.CaseChildProtection;
import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseSummary;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.referrals.ReferralBasis;
import ca.harbour.referrals.ReferralSide;
import ca.harbour.referrals.ReferralStatus;
import ca.harbour.referrals.Urgency;
import ca.harbour.referrals.internal.ReferralActions;
import ca.harbour.referrals.internal.ReferralDesk;
import ca.harbour.referrals.internal.ReferralDesk.ReferralView;
import ca.harbour.referrals.internal.ReferralsSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The referral pages: the inbox (incoming and outgoing, or one case's referrals), sending a referral from a case,
 * one referral with its moves, and the supervisors' list of referrals sent without consent.
 */
@Controller
@RequestMapping("/referrals")
class ReferralsController {

    private final ReferralDesk desk;
    private final ReferralActions actions;
    private final CaseConsents consents;
    private final ReferralsView view;
    private final FormErrors formErrors;
    private final ReferralsSettings settings;
    private final CaseChildProtection childProtection;

    ReferralsController(
            ReferralDesk desk,
            ReferralActions actions,
            CaseConsents consents,
            ReferralsView view,
            FormErrors formErrors,
            ReferralsSettings settings,
            CaseChildProtection childProtection) {
        this.childProtection = childProtection;
        this.desk = desk;
        this.actions = actions;
        this.consents = consents;
        this.view = view;
        this.formErrors = formErrors;
        this.settings = settings;
    }

    /** A page number as typed: junk and anything below 1 is the first page, and it is bounded. */
    static int pageNumber(String typed) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(typed.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The inbox pages incoming and outgoing apart: {@code in} and {@code out} are their page numbers. */
    @GetMapping
    @PreAuthorize("hasAuthority('REFERRAL:READ')")
    String inbox(
            @RequestParam(name = "case", required = false) @Nullable String caseId,
            @RequestParam(name = "in", defaultValue = "1") String inPage,
            @RequestParam(name = "out", defaultValue = "1") String outPage,
            Model model) {
        StaffPrincipal me = CurrentStaff.require();
        List<ReferralDesk.Row> shown = new ArrayList<>();
        if (caseId != null) {
            UUID id = ReferralForm.uuid(caseId);
            if (id == null) {
                throw new NotFoundException();
            }
            List<ReferralDesk.Row> rows = desk.forCase(me, id);
            model.addAttribute("caseId", id);
            model.addAttribute("caseRows", rows);
            shown.addAll(rows);
        } else {
            ReferralDesk.Page incoming = desk.incoming(me, pageNumber(inPage));
            ReferralDesk.Page outgoing = desk.outgoing(me, pageNumber(outPage));
            model.addAttribute("incoming", incoming);
            model.addAttribute("outgoing", outgoing);
            shown.addAll(incoming.rows());
            shown.addAll(outgoing.rows());
        }
        model.addAttribute("names", view.organizationNames());
        model.addAttribute("serviceNames", view.serviceNames(shown));
        model.addAttribute("view", view);
        model.addAttribute("recentExceptions", desk.recentExceptions(me));
        return "referrals/inbox";
    }

    @GetMapping("/exceptions")
    @PreAuthorize("hasAuthority('REFERRAL:MANAGE')")
    String exceptions(Model model) {
        model.addAttribute("rows", desk.exceptions(CurrentStaff.require()));
        model.addAttribute("names", view.organizationNames());
        model.addAttribute("view", view);
        return "referrals/exceptions";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('REFERRAL:CREATE')")
    String start(
            @RequestParam(name = "case", defaultValue = "") String caseId,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String serviceId,
            Model model,
            HttpServletResponse response) {
        ReferralForm form = new ReferralForm(
                ReferralForm.uuid(serviceId) == null ? "" : serviceId, "ROUTINE", List.of(), "CONSENT", "", "", "");
        return form(caseOf(caseId), form, q, Map.of(), model, response);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('REFERRAL:CREATE')")
    String send(
            @RequestParam(name = "case", defaultValue = "") String caseId,
            @RequestParam(defaultValue = "") String serviceId,
            @RequestParam(defaultValue = "") String urgency,
            @RequestParam(defaultValue = "") List<String> categories,
            @RequestParam(defaultValue = "") String basis,
            @RequestParam(defaultValue = "") String consentId,
            @RequestParam(defaultValue = "") String exceptionReason,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "send") String action,
            Model model,
            HttpServletResponse response) {
        UUID caseUuid = caseOf(caseId);
        ReferralForm form = new ReferralForm(serviceId, urgency, categories, basis, consentId, exceptionReason, note);
        try {
            UUID id = actions.create(CurrentStaff.require(), form.request(caseUuid, !"draft".equals(action)));
            return "redirect:/referrals/" + id + "?saved";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(caseUuid, form, "", formErrors.of(e.rejection()), model, response);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('REFERRAL:READ')")
    String referral(@PathVariable UUID id, Model model) {
        return page(model, desk.read(CurrentStaff.require(), id), Map.of(), "");
    }

    /** A document of the referred case, for the receiving agency while it is shared: an attachment, audited. */
    @GetMapping("/{id}/documents/{documentId}")
    @PreAuthorize("hasAuthority('REFERRAL:READ')")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        return Attachments.of(desk.document(CurrentStaff.require(), id, documentId));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAuthority('REFERRAL:READ')")
    String move(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "false") String openCase,
            Model model,
            HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        try {
            actions.move(me, id, ReferralForm.parse(ReferralStatus.class, status), note, "true".equals(openCase));
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, desk.read(me, id), formErrors.of(e.rejection()), note);
        }
        return "redirect:/referrals/" + id + "?saved";
    }

    private static UUID caseOf(String caseId) {
        UUID id = ReferralForm.uuid(caseId);
        if (id == null) {
            throw new NotFoundException();
        }
        return id;
    }

    private String form(
            UUID caseId,
            ReferralForm form,
            String q,
            Map<String, String> errors,
            Model model,
            HttpServletResponse response) {
        CaseSummary sending;
        try {
            sending = actions.sendingCase(CurrentStaff.require(), caseId);
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("caseId", caseId);
            model.addAttribute("message", formErrors.text(e.rejection().messageKey()));
            return "referrals/refused";
        }
        String query = q.length() > 200 ? q.substring(0, 200) : q;
        UUID selected = ReferralForm.uuid(form.serviceId());
        model.addAttribute("sending", sending);
        model.addAttribute("form", form);
        model.addAttribute("q", query);
        boolean underSixteen = childProtection.underSixteenPathway(caseId);
        model.addAttribute("underSixteen", underSixteen);
        model.addAttribute("results", query.isBlank() ? List.of() : view.search(query, underSixteen));
        model.addAttribute(
                "selected", selected == null ? null : view.choice(selected).orElse(null));
        model.addAttribute(
                "consents",
                consents.forCase(caseId).stream()
                        .filter(c -> c.withdrawnAt() == null)
                        .toList());
        model.addAttribute("names", view.organizationNames());
        model.addAttribute("categories", ConsentCategory.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("urgentHours", settings.urgentResponse().toHours());
        model.addAttribute("routineDays", settings.routineBusinessDays());
        model.addAttribute("bases", ReferralBasis.values());
        model.addAttribute("errors", errors);
        return "referrals/new";
    }

    private String page(Model model, ReferralView v, Map<String, String> errors, String note) {
        model.addAttribute("v", v);
        model.addAttribute("r", v.referral());
        model.addAttribute("names", view.organizationNames());
        model.addAttribute("serviceName", view.serviceName(v.referral().serviceId()));
        model.addAttribute(
                "senderMoves",
                v.sides().contains(ReferralSide.SENDER) ? v.referral().status().next(ReferralSide.SENDER) : Set.of());
        model.addAttribute(
                "receiverMoves",
                v.sides().contains(ReferralSide.RECEIVER)
                        ? v.referral().status().next(ReferralSide.RECEIVER)
                        : Set.of());
        model.addAttribute(
                "shares",
                v.disclosure() == null || v.disclosure().shown() == null
                        ? Set.of()
                        : v.disclosure().shown().shared().stream()
                                .map(Enum::name)
                                .collect(Collectors.toSet()));
        model.addAttribute(
                "mayOpenCase",
                v.sides().contains(ReferralSide.RECEIVER)
                        && v.referral().status().next(ReferralSide.RECEIVER).contains(ReferralStatus.ACCEPTED));
        model.addAttribute("errors", errors);
        model.addAttribute("note", note);
        return "referrals/referral";
    }
}
