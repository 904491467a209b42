package ca.harbour.cases.web.work;

import ca.harbour.cases.CaseChildProtection;
import ca.harbour.cases.internal.work.ServicePlanDesk;
import ca.harbour.directory.ServiceFinder;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case's service plan: goals, and under each the directory services planned to reach it (found with the
 * directory's search), their status and due date, overdue ones marked. Each form refuses bad input next to its
 * field and keeps what was typed.
 */
@Controller
@RequestMapping("/cases/{id}/service-plan")
@PreAuthorize("hasAuthority('CASE:READ')")
class ServicePlanController {

    static final int MATCHES = 8;
    static final int QUERY_MAX = 200;

    private final ServicePlanDesk desk;
    private final ServiceFinder directory;
    private final FormErrors formErrors;
    private final CaseChildProtection childProtection;

    ServicePlanController(
            ServicePlanDesk desk, ServiceFinder directory, FormErrors formErrors, CaseChildProtection childProtection) {
        this.childProtection = childProtection;
        this.desk = desk;
        this.directory = directory;
        this.formErrors = formErrors;
    }

    @GetMapping
    String show(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
        return page(model, id, q, Map.of(), Map.of());
    }

    @PostMapping("/goals")
    String addGoal(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String goal,
            @RequestParam(defaultValue = "") String targetDate,
            Model model,
            HttpServletResponse response) {
        try {
            desk.addGoal(CurrentStaff.require(), id, goal, Typed.date("targetDate", targetDate));
            return "redirect:/cases/" + id + "/service-plan?saved";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, "", formErrors.of(e.rejection()), Map.of("goal", goal, "targetDate", targetDate));
        }
    }

    @PostMapping("/services")
    String addService(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String goalId,
            @RequestParam(defaultValue = "") String serviceId,
            @RequestParam(defaultValue = "") String dueDate,
            @RequestParam(defaultValue = "") String q,
            Model model,
            HttpServletResponse response) {
        try {
            UUID goal = Typed.id("goalId", "cases.work.plan.error.goalUnknown", goalId);
            if (goal == null) {
                throw Rejection.field("goalId", "cases.work.plan.error.goalUnknown")
                        .exception();
            }
            desk.addService(
                    CurrentStaff.require(),
                    id,
                    goal,
                    Typed.id("serviceId", "cases.work.plan.error.service", serviceId),
                    Typed.date("dueDate", dueDate));
            return "redirect:/cases/" + id + "/service-plan?saved";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(
                    model,
                    id,
                    q,
                    formErrors.of(e.rejection()),
                    Map.of("goalId", goalId, "serviceId", serviceId, "dueDate", dueDate));
        }
    }

    @PostMapping("/services/{serviceId}/status")
    String changeStatus(
            @PathVariable UUID id,
            @PathVariable UUID serviceId,
            @RequestParam(defaultValue = "") String status,
            Model model,
            HttpServletResponse response) {
        try {
            desk.changeStatus(CurrentStaff.require(), id, serviceId, status);
            return "redirect:/cases/" + id + "/service-plan?saved#service-" + serviceId;
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, "", formErrors.of(e.rejection()), Map.of());
        }
    }

    private String page(Model model, UUID id, String query, Map<String, String> errors, Map<String, String> typed) {
        StaffPrincipal me = CurrentStaff.require();
        boolean french = "fr".equals(LocaleContextHolder.getLocale().getLanguage());
        ServicePlanDesk.View view = desk.read(me, id, french);
        String q = query.strip();
        boolean underSixteen = childProtection.underSixteenPathway(id);
        List<ServiceFinder.ServiceSummary> matches = q.isEmpty() || q.length() > QUERY_MAX
                ? List.of()
                : underSixteen
                        ? directory.searchUnder16First(q, french, MATCHES)
                        : directory.search(q, french, MATCHES);
        Set<UUID> forChildren = underSixteen
                ? directory.forChildrenUnder16(
                        matches.stream().map(ServiceFinder.ServiceSummary::id).toList())
                : Set.of();
        model.addAttribute("underSixteen", underSixteen);
        model.addAttribute("forChildren", forChildren);
        model.addAttribute("case", view.summary());
        model.addAttribute("view", view);
        model.addAttribute("q", q);
        model.addAttribute("matches", matches);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("picked", picked(typed.get("serviceId"), french));
        return "cases/work/service-plan";
    }

    /** The service picked before a refusal, so that it stays chosen. */
    private ServiceFinder.@Nullable ServiceSummary picked(@Nullable String serviceId, boolean french) {
        try {
            return serviceId == null || serviceId.isBlank()
                    ? null
                    : directory.find(UUID.fromString(serviceId.strip()), french).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
