package ca.harbour.intake.web;

import ca.harbour.directory.ServiceFinder;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.internal.ContactDesk;
import ca.harbour.intake.internal.ContactForm;
import ca.harbour.intake.internal.Contacts;
import ca.harbour.intake.internal.LiveQueue;
import ca.harbour.intake.internal.PhoneLinks;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.FormErrors;
import ca.harbour.screening.Screenings;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a hotline contact: "safe to talk?" first, then one keyboard-friendly form that saves a
 * draft as the advocate types (htmx) or with a button (no JavaScript), then what happens next.
 */
@Controller
@RequestMapping("/contacts")
@PreAuthorize("hasAuthority('CONTACT:READ')")
class ContactController {

    private final ContactDesk desk;
    private final LiveQueue queue;
    private final PhoneLinks phoneLinks;
    private final Screenings screenings;
    private final ServiceFinder services;
    private final FormErrors formErrors;

    ContactController(
            ContactDesk desk,
            LiveQueue queue,
            PhoneLinks phoneLinks,
            Screenings screenings,
            ServiceFinder services,
            FormErrors formErrors) {
        this.desk = desk;
        this.queue = queue;
        this.phoneLinks = phoneLinks;
        this.services = services;
        this.screenings = screenings;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("contacts", desk.recent(CurrentStaff.require()));
        return "intake/contacts";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('CONTACT:CREATE')")
    String safeToTalk() {
        return "intake/contact-start";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CONTACT:CREATE')")
    String start(@RequestParam(defaultValue = "yes") String safe) {
        return "redirect:/contacts/" + desk.start(CurrentStaff.require(), !"no".equals(safe)) + "/edit";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Contacts.Contact c = desk.read(CurrentStaff.require(), id);
        return form(model, c, c.form(), Map.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('CONTACT:UPDATE')")
    String save(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ContactForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "draft") String action,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        Contacts.Contact c = desk.read(me, id);
        if (binding.hasErrors() || form == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return htmx != null
                    ? draftStatus(model, "contact.draftNotSaved")
                    : form(model, c, form != null ? form : c.form(), formErrors.of(binding));
        }
        try {
            desk.save(me, id, form, "complete".equals(action));
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, c, form, formErrors.of(e.rejection()));
        }
        if (htmx != null) {
            return draftStatus(model, "contact.draftSaved");
        }
        return "complete".equals(action) ? "redirect:/contacts/" + id : "redirect:/contacts/" + id + "/edit?saved";
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, @RequestParam(required = false) String referral, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        Contacts.Contact c = desk.read(me, id);
        model.addAttribute("contact", c);
        model.addAttribute("repeats", desk.repeats(me, c));
        model.addAttribute("samePhone", phoneLinks.tipsForContact(me, id));
        model.addAttribute("queued", queue.contactEntry(id).orElse(null));
        model.addAttribute("me", me.userId());
        model.addAttribute("actions", desk.actions(id));
        model.addAttribute("screenings", screenings.forSubject("contact", id));
        model.addAttribute("instruments", screenings.currentInstruments());
        model.addAttribute("referral", referral);
        model.addAttribute(
                "matches",
                referral == null
                        ? List.of()
                        : services.search(
                                referral,
                                "fr".equals(LocaleContextHolder.getLocale().getLanguage()),
                                5));
        return "intake/contact-view";
    }

    @PostMapping("/{id}/actions")
    @PreAuthorize("hasAuthority('CONTACT:UPDATE')")
    String act(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) String detail,
            @RequestParam(required = false) UUID serviceId,
            @RequestParam(required = false) String exception,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) UUID police,
            RedirectAttributes flash) {
        try {
            desk.act(
                    CurrentStaff.require(),
                    id,
                    kind,
                    detail,
                    serviceId,
                    exception == null || exception.isBlank() ? null : exception,
                    reason,
                    police);
            flash.addFlashAttribute("noticeKey", "contact.actionRecorded");
        } catch (Rejected e) {
            Rejection why = e.rejection();
            flash.addFlashAttribute(
                    "errorKey",
                    why.fields().isEmpty()
                            ? why.messageKey()
                            : why.fields().values().iterator().next());
        }
        return "redirect:/contacts/" + id + "#next";
    }

    private String draftStatus(Model model, String key) {
        model.addAttribute("draftKey", key);
        return "intake/contact-form :: draftStatus";
    }

    private String form(Model model, Contacts.Contact c, ContactForm form, Map<String, String> errors) {
        model.addAttribute("contact", c);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("repeats", desk.repeats(CurrentStaff.require(), c));
        return "intake/contact-form";
    }
}
