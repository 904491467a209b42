package ca.harbour.intake.web;

import ca.harbour.intake.internal.TipForm;
import ca.harbour.intake.internal.TipIntake;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public, anonymous tip form. Works without JavaScript; the reference is shown only once stored. */
@Controller
class TipController {

    private final TipIntake intake;
    private final FormErrors formErrors;

    TipController(TipIntake intake, FormErrors formErrors) {
        this.intake = intake;
        this.formErrors = formErrors;
    }

    @GetMapping("/report")
    String form(Model model) {
        return page(model, TipForm.blank(), Map.of());
    }

    @PostMapping("/report")
    String send(
            @Valid @ModelAttribute("form") TipForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, form != null ? form : TipForm.blank(), formErrors.of(binding));
        }
        TipIntake.Outcome outcome =
                intake.receive(form, LocaleContextHolder.getLocale().getLanguage(), request.getRemoteAddr());
        if (outcome instanceof TipIntake.Accepted accepted) {
            flash.addFlashAttribute("reference", accepted.reference());
            return "redirect:/report/received";
        }
        response.setStatus(429);
        response.setHeader(
                HttpHeaders.RETRY_AFTER,
                Long.toString(((TipIntake.TooMany) outcome).retryAfter().toSeconds()));
        return page(model, form, Map.of("form", formErrors.text("tip.error.tooMany")));
    }

    @GetMapping("/report/received")
    String received(Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/report";
        }
        return "intake/report-received";
    }

    private String page(Model model, TipForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "intake/report";
    }
}
