package ca.harbour.identity.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.identity.internal.AccountAdministration;
import ca.harbour.identity.internal.IdentityContributions;
import ca.harbour.identity.internal.UserAccount;
import ca.harbour.identity.internal.UserForm;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts. Administrators create, edit, deactivate and reset second factors; supervisors
 * see their own organization's people (the same list, narrowed by the access policy).
 */
@Controller
class UserAdminController {

    private final AccountAdministration admin;
    private final FormErrors formErrors;

    UserAdminController(AccountAdministration admin, FormErrors formErrors) {
        this.admin = admin;
        this.formErrors = formErrors;
    }

    @GetMapping({"/admin/users", "/team"})
    @PreAuthorize("hasAuthority('USER:READ')")
    String list(Model model) {
        StaffPrincipal viewer = CurrentStaff.require();
        model.addAttribute("users", admin.users(viewer));
        model.addAttribute("canManage", viewer.permissions().containsKey(IdentityContributions.USER_MANAGE));
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    @PreAuthorize("hasAuthority('USER:MANAGE')")
    String create(Model model) {
        return form(model, null, blank(), Map.of());
    }

    @GetMapping("/admin/users/{id}")
    @PreAuthorize("hasAuthority('USER:MANAGE')")
    String edit(@PathVariable UUID id, Model model) {
        UserAccount u = admin.user(CurrentStaff.require(), id);
        model.addAttribute("account", u);
        return form(
                model,
                id,
                new UserForm(
                        u.username(),
                        u.displayName(),
                        u.email(),
                        u.phone(),
                        u.organizationId(),
                        u.roles(),
                        u.preferredLanguage()),
                Map.of());
    }

    @PostMapping({"/admin/users", "/admin/users/{id}"})
    @PreAuthorize("hasAuthority('USER:MANAGE')")
    String save(
            @PathVariable(required = false) UUID id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, id, form != null ? form : blank(), formErrors.of(binding));
        }
        try {
            if (id == null) {
                model.addAttribute("created", admin.createUser(CurrentStaff.require(), form));
                return "identity/user-created";
            }
            admin.updateUser(CurrentStaff.require(), id, form);
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, id, form, formErrors.of(e.rejection()));
        }
        return "redirect:/admin/users?saved";
    }

    @PostMapping("/admin/users/{id}/deactivate")
    @PreAuthorize("hasAuthority('USER:MANAGE')")
    String deactivate(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            admin.setActive(CurrentStaff.require(), id, false);
        } catch (Rejected e) {
            flash.addFlashAttribute("errorKey", e.rejection().messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/reactivate")
    @PreAuthorize("hasAuthority('USER:MANAGE')")
    String reactivate(@PathVariable UUID id) {
        admin.setActive(CurrentStaff.require(), id, true);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/reset-second-factor")
    @PreAuthorize("hasAuthority('USER:MANAGE')")
    String resetSecondFactor(@PathVariable UUID id) {
        admin.resetSecondFactor(CurrentStaff.require(), id);
        return "redirect:/admin/users/" + id + "?secondFactorReset";
    }

    private static UserForm blank() {
        return new UserForm("", "", "", "", null, Set.of(Role.ADVOCATE), "en");
    }

    private String form(Model model, UUID id, UserForm form, Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organizations", admin.organizations(CurrentStaff.require()));
        return "identity/user-form";
    }
}
