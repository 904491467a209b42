package ca.harbour.screening.web;

import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.Permission;
import ca.harbour.identity.Scope;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.web.FormErrors;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.screening.Instrument;
import ca.harbour.screening.internal.Instruments;
import ca.harbour.screening.internal.ScreeningContributions;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The instrument editor for whoever may publish instruments (the same permission as the API).
 * Saving never changes a version: it publishes the next one, so every stored screening keeps
 * rendering with the version it was answered with. Adding and removing a question are submit
 * buttons that re-render the form, so the page works without JavaScript.
 */
@Controller
@RequestMapping("/admin/instruments")
@PreAuthorize("hasAuthority('SCREENING_INSTRUMENT:MANAGE')")
class InstrumentEditorController {

    static final Permission PUBLISH = ScreeningContributions.INSTRUMENT_MANAGE;

    private final Instruments instruments;
    private final FormErrors formErrors;

    InstrumentEditorController(Instruments instruments, FormErrors formErrors) {
        this.instruments = instruments;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Model model) {
        Map<String, List<Instruments.Version>> byCode = instruments.versions().stream()
                .collect(Collectors.groupingBy(Instruments.Version::code, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("instruments", byCode);
        return "screening/instruments";
    }

    @GetMapping("/{code}/{version:\\d{1,6}}")
    String view(@PathVariable String code, @PathVariable int version, Model model) {
        Instrument instrument = instruments.find(code, version).orElseThrow(NotFoundException::new);
        model.addAttribute("instrument", instrument);
        model.addAttribute("current", current(code).version() == version);
        return "screening/instrument-view";
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Instrument current = current(code);
        return form(model, current, InstrumentForm.of(current), Map.of());
    }

    @PostMapping("/{code}/edit")
    String save(
            @PathVariable String code,
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) String basedOn,
            Model model,
            HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        if (AccessPolicy.scope(me, PUBLISH) == Scope.NONE) {
            throw new AccessDeniedException("instrument");
        }
        Instrument current = current(code);
        InstrumentForm typed = InstrumentForm.read(params);
        if ("add".equals(action)) {
            return form(
                    model, current, typed.items().size() < Instrument.MAX_ITEMS ? typed.addItem() : typed, Map.of());
        }
        if (action.matches("remove-\\d{1,3}")) {
            return form(model, current, typed.removeItem(Integer.parseInt(action.substring(7))), Map.of());
        }
        if (!"save".equals(action)) {
            return form(model, current, typed, Map.of());
        }
        if (!String.valueOf(current.version()).equals(basedOn)) {
            // someone published while this person was editing: show the newer version number, keep what they typed
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, current, typed, Map.of("form", formErrors.text("screening.error.newerVersion")));
        }
        Map<String, String> problems = typed.problems();
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach((field, key) -> errors.put(field, formErrors.text(key)));
            return form(model, current, typed, errors);
        }
        Instrument saved = instruments.publish(typed.toInstrument(current.code(), 0), me.username());
        return "redirect:/admin/instruments/" + saved.code() + "/" + saved.version() + "?saved";
    }

    private Instrument current(String code) {
        return instruments.current(code).orElseThrow(NotFoundException::new);
    }

    private String form(Model model, Instrument current, InstrumentForm form, Map<String, String> errors) {
        model.addAttribute("instrument", current);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maxItems", Instrument.MAX_ITEMS);
        return "screening/instrument-form";
    }
}
