package ca.harbour.cases.web.work;

import ca.harbour.cases.internal.work.SafetyPlan;
import ca.harbour.cases.internal.work.SafetyPlanDesk;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case's safety plan: read by whoever may read the case, saved by those who may change it. A save names the
 * version it started from; a stale save is refused and what was typed stays on the page.
 */
@Controller
@RequestMapping("/cases/{id}/safety-plan")
@PreAuthorize("hasAuthority('CASE:READ')")
class SafetyPlanController {

    /** Empty rows offered under each list, to add to it without JavaScript. */
    static final int SPARE_ROWS = 2;

    private final SafetyPlanDesk desk;
    private final FormErrors formErrors;

    SafetyPlanController(SafetyPlanDesk desk, FormErrors formErrors) {
        this.desk = desk;
        this.formErrors = formErrors;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        SafetyPlanDesk.View view = desk.read(CurrentStaff.require(), id);
        return page(model, view, view.plan(), view.version(), Map.of());
    }

    @PostMapping
    String save(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        SafetyPlan typed = read(params);
        int version = version(params.getFirst("version"));
        try {
            desk.save(me, id, typed, version);
            return "redirect:/cases/" + id + "/safety-plan?saved";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, desk.read(me, id), typed, version, formErrors.of(e.rejection()));
        }
    }

    /** The plan as the form sent it, row by row (a step is done when its index is among the ticked ones). */
    static SafetyPlan read(MultiValueMap<String, String> params) {
        List<String> names = list(params, "contactName");
        List<String> reaches = list(params, "contactReach");
        List<String> relationships = list(params, "contactRelationship");
        int contactRows = Math.max(names.size(), Math.max(reaches.size(), relationships.size()));
        List<SafetyPlan.SafeContact> contacts = new ArrayList<>();
        for (int i = 0; i < contactRows; i++) {
            contacts.add(new SafetyPlan.SafeContact(at(names, i), at(reaches, i), at(relationships, i)));
        }
        List<String> done = list(params, "stepDone");
        List<String> stepTexts = list(params, "stepText");
        List<SafetyPlan.Step> steps = new ArrayList<>();
        for (int i = 0; i < stepTexts.size(); i++) {
            steps.add(new SafetyPlan.Step(stepTexts.get(i), done.contains(String.valueOf(i))));
        }
        return new SafetyPlan(
                list(params, "risk"),
                contacts,
                Typed.text(params.getFirst("codeWords")),
                Typed.text(params.getFirst("safeTimes")),
                steps);
    }

    private static List<String> list(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values.stream().map(Typed::text).toList();
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : "";
    }

    /** The version the form started from; an unreadable one can only be stale. */
    private static int version(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String page(
            Model model, SafetyPlanDesk.View view, SafetyPlan shown, int version, Map<String, String> errors) {
        model.addAttribute("case", view.summary());
        model.addAttribute("view", view);
        model.addAttribute("plan", shown);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("riskRows", padded(shown.risks(), ""));
        model.addAttribute("contactRows", padded(shown.contacts(), new SafetyPlan.SafeContact("", "", "")));
        model.addAttribute("stepRows", padded(shown.steps(), new SafetyPlan.Step("", false)));
        return "cases/work/safety-plan";
    }

    private static <T> List<T> padded(List<T> rows, T blank) {
        List<T> padded = new ArrayList<>(rows);
        for (int i = 0; i < SPARE_ROWS; i++) {
            padded.add(blank);
        }
        return padded;
    }
}
