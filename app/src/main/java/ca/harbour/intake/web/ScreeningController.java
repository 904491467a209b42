package ca.harbour.intake.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.internal.ContactDesk;
import ca.harbour.intake.internal.Contacts;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.screening.Instrument;
import ca.harbour.screening.Screenings;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A screening inside a contact: the instrument's questions, then the result with what drove it. */
@Controller
@PreAuthorize("hasAuthority('SCREENING:CREATE') and hasAuthority('CONTACT:UPDATE')")
class ScreeningController {

    private final ContactDesk desk;
    private final Screenings screenings;
    private final FormErrors formErrors;

    ScreeningController(ContactDesk desk, Screenings screenings, FormErrors formErrors) {
        this.desk = desk;
        this.screenings = screenings;
        this.formErrors = formErrors;
    }

    @GetMapping("/contacts/{id}/screening/{code}")
    String form(@PathVariable UUID id, @PathVariable String code, Model model) {
        Contacts.Contact c = desk.read(CurrentStaff.require(), id);
        return page(model, c, instrument(code), Map.of(), Map.of());
    }

    @PostMapping("/contacts/{id}/screening/{code}")
    String answer(
            @PathVariable UUID id,
            @PathVariable String code,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        Contacts.Contact c = desk.read(me, id);
        Instrument instrument = instrument(code);
        Map<String, Integer> answers = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        instrument.items().forEach(item -> {
            String raw = params.get("a_" + item.code());
            if (raw != null && raw.matches("[0-2]")) {
                answers.put(item.code(), Integer.parseInt(raw));
            } else if (raw != null) {
                errors.put("a_" + item.code(), formErrors.text("screening.error.outOfScale"));
            }
        });
        try {
            if (errors.isEmpty()) {
                screenings.record(me, code, "contact", id, c.organizationId(), answers);
                return "redirect:/contacts/" + id + "#screenings";
            }
        } catch (Rejected e) {
            e.rejection().fields().forEach((field, key) -> errors.put("a_" + field, formErrors.text(key)));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, c, instrument, answers, errors);
    }

    private Instrument instrument(String code) {
        return screenings.current(code).orElseThrow(NotFoundException::new);
    }

    private String page(
            Model model,
            Contacts.Contact c,
            Instrument instrument,
            Map<String, Integer> answers,
            Map<String, String> errors) {
        model.addAttribute("contact", c);
        model.addAttribute("instrument", instrument);
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        return "intake/screening-form";
    }
}
