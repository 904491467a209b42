package ca.harbour.care.web;

import ca.harbour.care.internal.CareTeams;
import ca.harbour.care.internal.MemberFunction;
import ca.harbour.care.internal.TeamAdmin;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.FormErrors;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' CARE team pages: the teams, creating one, a team's members, adding and removing a member. */
@Controller
@RequestMapping("/care/admin")
@PreAuthorize("hasAuthority('CARE_TEAM:MANAGE')")
class CareAdminController {

    private final TeamAdmin admin;
    private final FormErrors formErrors;

    CareAdminController(TeamAdmin admin, FormErrors formErrors) {
        this.admin = admin;
        this.formErrors = formErrors;
    }

    @GetMapping
    String teams(Model model) {
        model.addAttribute("teams", admin.all());
        return "care/admin";
    }

    @PostMapping("/teams")
    String create(@RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        try {
            UUID id = admin.create(name);
            flash.addFlashAttribute("noticeKey", "care.admin.created");
            return "redirect:/care/admin/teams/" + id;
        } catch (Rejected e) {
            flash.addFlashAttribute("errors", formErrors.of(e.rejection()));
            flash.addFlashAttribute("typed", Map.of("name", name));
            return "redirect:/care/admin";
        }
    }

    @GetMapping("/teams/{id}")
    String team(@PathVariable UUID id, Model model) {
        model.addAttribute("team", admin.team(id));
        List<CareTeams.Member> members = admin.members(id);
        model.addAttribute("members", members);
        model.addAttribute("candidates", admin.candidates());
        model.addAttribute(
                "names",
                admin.names(members.stream().map(CareTeams.Member::userId).toList()));
        model.addAttribute("functions", MemberFunction.values());
        return "care/team";
    }

    @PostMapping("/teams/{id}/members")
    String add(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String userId,
            @RequestParam(defaultValue = "") String function,
            RedirectAttributes flash) {
        admin.team(id);
        try {
            MemberFunction chosen = CareInput.choice(MemberFunction.class, function);
            if (CareInput.unreadable(function, chosen)) {
                throw Rejection.field("function", "care.error.function").exception();
            }
            admin.addMember(id, CareInput.uuid(userId), chosen);
            flash.addFlashAttribute("noticeKey", "care.admin.added");
        } catch (Rejected e) {
            flash.addFlashAttribute("errors", formErrors.of(e.rejection()));
        }
        return "redirect:/care/admin/teams/" + id;
    }

    @PostMapping("/teams/{id}/members/{userId}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes flash) {
        admin.team(id);
        try {
            admin.removeMember(id, userId);
            flash.addFlashAttribute("noticeKey", "care.admin.removed");
        } catch (Rejected e) {
            flash.addFlashAttribute("errors", formErrors.of(e.rejection()));
        }
        return "redirect:/care/admin/teams/" + id;
    }
}
