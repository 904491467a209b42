package ca.harbour.identity.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Region;
import ca.harbour.identity.internal.AccountAdministration;
import ca.harbour.identity.internal.OrganizationForm;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Administrators' pages for organizations: list, create, edit, deactivate. */
@Controller
@RequestMapping("/admin/organizations")
@PreAuthorize("hasAuthority('ORGANIZATION:MANAGE')")
class OrganizationAdminController {

    private final AccountAdministration admin;
    private final FormErrors formErrors;

    OrganizationAdminController(AccountAdministration admin, FormErrors formErrors) {
        this.admin = admin;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organizations", admin.organizations(CurrentStaff.require()));
        return "identity/organizations";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, null, blank(), Map.of());
    }

    private static OrganizationForm blank() {
        return new OrganizationForm("", OrganizationType.SERVICE_PROVIDER, Region.TORONTO, "en, fr", true);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Organization o = admin.organization(CurrentStaff.require(), id);
        return form(
                model,
                id,
                new OrganizationForm(o.name(), o.type(), o.region(), String.join(", ", o.languages()), o.active()),
                Map.of());
    }

    @PostMapping({"", "/{id}"})
    String save(
            @PathVariable(required = false) UUID id,
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, id, form != null ? form : blank(), formErrors.of(binding));
        }
        try {
            admin.saveOrganization(CurrentStaff.require(), id, form);
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, id, form, formErrors.of(e.rejection()));
        }
        return "redirect:/admin/organizations?saved";
    }

    private String form(Model model, UUID id, OrganizationForm form, Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("regions", Region.values());
        return "identity/organization-form";
    }
}
