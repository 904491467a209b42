package ca.harbour.care.web;

import ca.harbour.care.internal.ActionForm;
import ca.harbour.care.internal.CareConferences.Attendee;
import ca.harbour.care.internal.CareYouthRecords.Youth;
import ca.harbour.care.internal.ConferenceDesk;
import ca.harbour.care.internal.ConferenceForm;
import ca.harbour.care.internal.InformationCategory;
import ca.harbour.care.internal.ShareForm;
import ca.harbour.care.internal.SharingBasis;
import ca.harbour.care.internal.YouthConsent;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A youth's case conferences: the list with a form for a new one, and one conference with the information shared at
 * it (each item on a consent or a legal basis), its decisions and its intervention plan.
 */
@Controller
@RequestMapping("/care/youth/{id}/conferences")
class ConferencesController {

    private final ConferenceDesk desk;
    private final CareConferenceView view;
    private final FormErrors formErrors;

    ConferencesController(ConferenceDesk desk, CareConferenceView view, FormErrors formErrors) {
        this.desk = desk;
        this.view = view;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CARE_YOUTH:READ')")
    String list(@PathVariable UUID id, Model model) {
        return listPage(model, id, ConferenceForm.empty(view.today()), Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    String create(@PathVariable UUID id, ConferenceForm form, Model model, HttpServletResponse response) {
        try {
            UUID conference = desk.create(CurrentStaff.require(), id, form);
            return "redirect:/care/youth/" + id + "/conferences/" + conference + "?saved";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(model, id, form, formErrors.of(e.rejection()));
        }
    }

    @GetMapping("/{conferenceId}")
    @PreAuthorize("hasAuthority('CARE_YOUTH:READ')")
    String conference(@PathVariable UUID id, @PathVariable UUID conferenceId, Model model) {
        return page(model, id, conferenceId, ShareForm.empty(), ActionForm.empty(), Map.of());
    }

    @PostMapping("/{conferenceId}/shares")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    String share(
            @PathVariable UUID id,
            @PathVariable UUID conferenceId,
            ShareForm form,
            Model model,
            HttpServletResponse response) {
        try {
            desk.share(CurrentStaff.require(), id, conferenceId, form);
            return "redirect:/care/youth/" + id + "/conferences/" + conferenceId + "?saved#shared";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, conferenceId, form, ActionForm.empty(), formErrors.of(e.rejection()));
        }
    }

    @PostMapping("/{conferenceId}/actions")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    String addAction(
            @PathVariable UUID id,
            @PathVariable UUID conferenceId,
            ActionForm form,
            Model model,
            HttpServletResponse response) {
        try {
            desk.addAction(CurrentStaff.require(), id, conferenceId, form);
            return "redirect:/care/youth/" + id + "/conferences/" + conferenceId + "?saved#plan";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, conferenceId, ShareForm.empty(), form, formErrors.of(e.rejection()));
        }
    }

    @PostMapping("/{conferenceId}/actions/{actionId}/done")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    String done(
            @PathVariable UUID id,
            @PathVariable UUID conferenceId,
            @PathVariable UUID actionId,
            @RequestParam(defaultValue = "true") String done,
            Model model,
            HttpServletResponse response) {
        try {
            desk.markDone(CurrentStaff.require(), id, conferenceId, actionId, !"false".equals(done));
            return "redirect:/care/youth/" + id + "/conferences/" + conferenceId + "?saved#plan";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, conferenceId, ShareForm.empty(), ActionForm.empty(), formErrors.of(e.rejection()));
        }
    }

    private String listPage(Model model, UUID youthId, ConferenceForm form, Map<String, String> errors) {
        var conferences = desk.list(CurrentStaff.require(), youthId);
        Youth youth = desk.youth(CurrentStaff.require(), youthId);
        model.addAttribute("youth", youth);
        model.addAttribute("conferences", conferences);
        model.addAttribute("members", view.staffNames(desk.teamMembers(youth)));
        model.addAttribute("form", form);
        model.addAttribute("outsideRows", ConferenceForm.OUTSIDE_ROWS);
        model.addAttribute("errors", errors);
        return "care/conferences";
    }

    private String page(
            Model model,
            UUID youthId,
            UUID conferenceId,
            ShareForm share,
            ActionForm action,
            Map<String, String> errors) {
        ConferenceDesk.View v = desk.read(CurrentStaff.require(), youthId, conferenceId);
        Set<UUID> people = new HashSet<>(desk.teamMembers(v.youth()));
        v.attendees().stream().map(Attendee::userId).filter(Objects::nonNull).forEach(people::add);
        v.actions().forEach(a -> people.add(a.ownerId()));
        v.shares().forEach(s -> people.add(s.recordedBy()));
        List<YouthConsent> usable =
                v.consents().stream().filter(c -> !c.withdrawn(view.now())).toList();
        model.addAttribute("v", v);
        model.addAttribute("youth", v.youth());
        model.addAttribute("c", v.conference());
        model.addAttribute("names", view.staffNames(people));
        model.addAttribute("members", view.staffNames(desk.teamMembers(v.youth())));
        model.addAttribute("organizations", view.organizationNames());
        model.addAttribute("categories", InformationCategory.values());
        model.addAttribute("bases", SharingBasis.values());
        model.addAttribute("usableConsents", usable);
        model.addAttribute("today", view.today());
        model.addAttribute("share", share);
        model.addAttribute("action", action);
        model.addAttribute("errors", errors);
        return "care/conference";
    }
}
