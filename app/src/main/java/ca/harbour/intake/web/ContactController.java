package ca.harbour.intake.web;

import ca.harbour.directory.ServiceFinder;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.internal.ContactDesk;
import ca.harbour.intake.internal.ContactForm;
import ca.harbour.intake.internal.Contacts;
import ca.harbour.intake.internal.LiveQueue;
import ca.harbour.intake.internal.PhoneLinks;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.FormErrors;
import ca.harbour.screening.Screenings;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
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
    private final CallerLanguages languages;
    private final Clock clock;
    private final ZoneId zone;

    /** Every answer of the form, each with its place for an error message. */
    static final List<String> FIELDS = Arrays.stream(ContactForm.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    ContactController(
            ContactDesk desk,
            LiveQueue queue,
            PhoneLinks phoneLinks,
            Screenings screenings,
            ServiceFinder services,
            FormErrors formErrors,
            CallerLanguages languages,
            Clock clock,
            PlatformSettings settings) {
        this.desk = desk;
        this.zone = settings.zone();
        this.queue = queue;
        this.phoneLinks = phoneLinks;
        this.services = services;
        this.screenings = screenings;
        this.formErrors = formErrors;
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * The latest contacts, optionally from one day to another (whole days where dates are shown, both included). A
     * date that is not one is said next to its field with a 400, and nothing is listed.
     */
    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDate = day(from, "from", errors);
        LocalDate toDate = day(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.put("to", formErrors.text("contact.error.dateOrder"));
        }
        model.addAttribute("fromText", from == null ? "" : from);
        model.addAttribute("toText", to == null ? "" : to);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("contacts", List.of());
            return "intake/contacts";
        }
        model.addAttribute(
                "contacts",
                desk.recent(
                        CurrentStaff.require(),
                        fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                        toDate == null
                                ? null
                                : toDate.plusDays(1).atStartOfDay(zone).toInstant()));
        return "intake/contacts";
    }

    private @Nullable LocalDate day(@Nullable String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, formErrors.text("contact.error.date"));
            return null;
        }
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
        String language = form.callerLanguage();
        // a code from the list, or the one already stored (recorded before the list existed)
        if (!binding.hasFieldErrors("callerLanguage")
                && language != null
                && !language.isBlank()
                && !languages.offered(language)
                && !language.equals(c.form().callerLanguage())) {
            binding.rejectValue("callerLanguage", "contact.error.language");
        }
        Map<String, String> errors = binding.hasErrors() ? fieldErrors(formErrors.of(binding)) : Map.of();
        if (errors.isEmpty()) {
            try {
                desk.save(me, id, form, "complete".equals(action));
            } catch (Rejected e) {
                errors = fieldErrors(formErrors.of(e.rejection()));
            }
        }
        if (!errors.isEmpty()) {
            // 422 for htmx: harbour.js swaps it in (htmx ignores error answers unless told), so each message lands
            // next to its field while what was typed stays in the fields
            response.setStatus(htmx != null ? HttpStatus.UNPROCESSABLE_ENTITY.value() : HttpStatus.BAD_REQUEST.value());
            if (htmx != null) {
                return draftResult(model, errors);
            }
            model.addAttribute("typed", typed(binding));
            return form(model, c, form, errors);
        }
        if (htmx != null) {
            model.addAttribute("savedAt", clock.instant());
            return draftResult(model, errors);
        }
        return "complete".equals(action) ? "redirect:/contacts/" + id : "redirect:/contacts/" + id + "/edit?saved";
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, @RequestParam(required = false) String referral, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        Contacts.Contact c = desk.read(me, id);
        model.addAttribute("contact", c);
        model.addAttribute("languageName", languages.name(c.form().callerLanguage(), LocaleContextHolder.getLocale()));
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

    /** The draft's status line, and every field's error slot (filled or emptied) swapped in out of band. */
    private String draftResult(Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("fields", FIELDS);
        return "intake/contact-fields :: draftResult";
    }

    /** What was typed in fields that could not even be read (a word for minutes, say), to show it back as typed. */
    private static Map<String, String> typed(BindingResult binding) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (FieldError e : binding.getFieldErrors()) {
            if (e.isBindingFailure() && e.getRejectedValue() instanceof String text) {
                typed.putIfAbsent(e.getField(), text);
            }
        }
        return typed;
    }

    /**
     * One message per field, named as the form's fields are: a bad element of a list ({@code indicators[2]}) is
     * shown on the list.
     */
    private static Map<String, String> fieldErrors(Map<String, String> errors) {
        Map<String, String> byField = new TreeMap<>(
                Comparator.<String>comparingInt(FIELDS::indexOf).thenComparing(Comparator.naturalOrder()));
        errors.forEach((field, message) -> byField.putIfAbsent(field.replaceAll("\\[.*$", ""), message));
        // in the form's order, so the first one named is the first one met on the page
        return new LinkedHashMap<>(byField);
    }

    private String form(Model model, Contacts.Contact c, ContactForm form, Map<String, String> errors) {
        model.addAttribute("contact", c);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("repeats", desk.repeats(CurrentStaff.require(), c));
        model.addAttribute("languages", languages.groups(LocaleContextHolder.getLocale(), form.callerLanguage()));
        return "intake/contact-form";
    }
}
