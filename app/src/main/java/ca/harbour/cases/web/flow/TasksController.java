package ca.harbour.cases.web.flow;

import ca.harbour.cases.internal.flow.CaseTask;
import ca.harbour.cases.internal.flow.TaskDesk;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's tasks (add one, mark one done) and the viewer's own reminders, my tasks, filtered by when they are due;
 * a supervisor also sees the organization's. A refused task goes back
 * to the page with each error next to its field and what was typed kept; nothing is saved.
 */
@Controller
@PreAuthorize("hasAuthority('CASE:READ')")
class TasksController {

    private final TaskDesk desk;
    private final FormErrors formErrors;

    TasksController(TaskDesk desk, FormErrors formErrors) {
        this.desk = desk;
        this.formErrors = formErrors;
    }

    @GetMapping("/cases/tasks")
    String mine(
            @RequestParam(defaultValue = "") String due,
            @RequestParam(defaultValue = "mine") String view,
            Model model) {
        StaffPrincipal me = CurrentStaff.require();
        TaskDesk.Due when = TaskDesk.Due.parse(due);
        boolean organization = "organization".equals(view) && TaskDesk.followsOrganization(me);
        List<CaseTask> tasks = organization ? desk.organization(me, when) : desk.mine(me, when);
        LocalDate today = desk.today();
        model.addAttribute("due", when);
        model.addAttribute("organization", organization);
        model.addAttribute("followsOrganization", TaskDesk.followsOrganization(me));
        model.addAttribute("tasks", tasks);
        model.addAttribute("today", today);
        model.addAttribute(
                "overdueCount", tasks.stream().filter(t -> t.overdue(today)).count());
        return "cases/flow/my-tasks";
    }

    @GetMapping("/cases/{id}/tasks")
    String tasks(@PathVariable UUID id, Model model) {
        model.addAttribute("view", desk.forCase(CurrentStaff.require(), id));
        model.addAttribute("viewerId", CurrentStaff.require().userId());
        model.addAttribute("today", desk.today());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of("dueOn", desk.today().plusDays(7).toString()));
        }
        return "cases/flow/tasks";
    }

    @PostMapping("/cases/{id}/tasks")
    String add(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String dueOn,
            @RequestParam(defaultValue = "") String assigneeId,
            RedirectAttributes flash) {
        try {
            LocalDate due = FormText.date(dueOn);
            if (due == null && !dueOn.isBlank()) {
                throw Rejection.field("dueOn", "cases.flow.task.error.dueOnFormat")
                        .exception();
            }
            desk.add(CurrentStaff.require(), id, title, due, FormText.uuid(assigneeId));
            flash.addFlashAttribute("noticeKey", "cases.flow.task.added");
        } catch (Rejected e) {
            flash.addFlashAttribute("errors", formErrors.of(e.rejection()));
            flash.addFlashAttribute("typed", Map.of("title", title, "dueOn", dueOn, "assigneeId", assigneeId));
        }
        return "redirect:/cases/" + id + "/tasks";
    }

    @PostMapping("/cases/{id}/tasks/{taskId}/done")
    String done(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes flash) {
        try {
            desk.markDone(CurrentStaff.require(), id, taskId);
            flash.addFlashAttribute("noticeKey", "cases.flow.task.marked");
        } catch (Rejected e) {
            flash.addFlashAttribute("errors", formErrors.of(e.rejection()));
        }
        return "mine".equals(back) ? "redirect:/cases/tasks" : "redirect:/cases/" + id + "/tasks";
    }
}
