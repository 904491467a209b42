package ca.harbour.intelligence.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intelligence.internal.investigations.EvidenceExport;
import ca.harbour.intelligence.internal.investigations.InvestigationDesk;
import ca.harbour.intelligence.internal.investigations.InvestigationRules;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import ca.harbour.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst's investigations: the list with a form to start one, one investigation's page (pinned entities,
 * notes, renaming and sharing for the owner, the evidence package), and the page that pins an entity.
 */
@Controller
@RequestMapping("/intelligence/investigations")
class InvestigationController {

    private final InvestigationDesk desk;
    private final InvestigationDownloads downloads;
    private final FormErrors formErrors;

    InvestigationController(InvestigationDesk desk, InvestigationDownloads downloads, FormErrors formErrors) {
        this.desk = desk;
        this.downloads = downloads;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:READ')")
    String list(Model model) {
        return listPage(model, Map.of(), "");
    }

    @PostMapping
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:UPDATE')")
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String entity,
            Model model,
            HttpServletResponse response) {
        try {
            UUID id = desk.create(CurrentStaff.require(), name, entity);
            return "redirect:/intelligence/investigations/" + id
                    + (entity == null || entity.isBlank() ? "?created" : "?pinned");
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = formErrors.of(e.rejection());
            if (entity != null && !entity.isBlank() && !errors.containsKey("entity")) {
                return pinPage(model, entity, errors, name);
            }
            return listPage(model, errors, name);
        }
    }

    @GetMapping("/pin")
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:UPDATE')")
    String pin(@RequestParam(defaultValue = "") String entity, Model model) {
        try {
            return pinPage(model, entity, Map.of(), "");
        } catch (Rejected e) {
            // an address that names no entity at all leads nowhere
            throw new NotFoundException();
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:READ')")
    String show(@PathVariable UUID id, Model model) {
        return page(model, id, Map.of(), null, null);
    }

    @PostMapping("/{id}/rename")
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:UPDATE')")
    String rename(
            @PathVariable UUID id,
            @RequestParam(required = false) String name,
            Model model,
            HttpServletResponse response) {
        try {
            desk.rename(CurrentStaff.require(), id, name);
            return "redirect:/intelligence/investigations/" + id + "?saved";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, formErrors.of(e.rejection()), name, null);
        }
    }

    @PostMapping("/{id}/share")
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:UPDATE')")
    String share(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean shared,
            Model model,
            HttpServletResponse response) {
        try {
            desk.share(CurrentStaff.require(), id, shared);
            return "redirect:/intelligence/investigations/" + id + "?saved";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, formErrors.of(e.rejection()), null, null);
        }
    }

    @PostMapping("/{id}/entities")
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:UPDATE')")
    String addEntity(
            @PathVariable UUID id,
            @RequestParam(required = false) String entity,
            Model model,
            HttpServletResponse response) {
        try {
            desk.pin(CurrentStaff.require(), id, entity);
            return "redirect:/intelligence/investigations/" + id + "?pinned";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, formErrors.of(e.rejection()), null, null);
        }
    }

    @PostMapping("/{id}/entities/{entity}/unpin")
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:UPDATE')")
    String unpin(@PathVariable UUID id, @PathVariable UUID entity) {
        desk.unpin(CurrentStaff.require(), id, entity);
        return "redirect:/intelligence/investigations/" + id + "?saved";
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:UPDATE')")
    String addNote(
            @PathVariable UUID id,
            @RequestParam(required = false) String body,
            Model model,
            HttpServletResponse response) {
        try {
            desk.addNote(CurrentStaff.require(), id, body);
            return "redirect:/intelligence/investigations/" + id + "?noted#notes";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, formErrors.of(e.rejection()), null, body);
        }
    }

    @PostMapping("/{id}/export")
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:EXPORT')")
    void export(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        downloads.send(CurrentStaff.require(), id, response);
    }

    private String listPage(Model model, Map<String, String> errors, @Nullable String name) {
        model.addAttribute("investigations", desk.list(CurrentStaff.require()));
        model.addAttribute("errors", errors);
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("nameMax", InvestigationRules.NAME_MAX);
        return "intelligence/investigations/list";
    }

    private String pinPage(Model model, String entity, Map<String, String> errors, @Nullable String name) {
        StaffPrincipal viewer = CurrentStaff.require();
        model.addAttribute("choice", desk.pinChoice(viewer, entity));
        model.addAttribute("viewer", viewer.userId());
        model.addAttribute("errors", errors);
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("nameMax", InvestigationRules.NAME_MAX);
        return "intelligence/investigations/pin";
    }

    private String page(
            Model model, UUID id, Map<String, String> errors, @Nullable String name, @Nullable String note) {
        InvestigationDesk.Detail detail = desk.read(CurrentStaff.require(), id);
        model.addAttribute("detail", detail);
        model.addAttribute("errors", errors);
        model.addAttribute("name", name != null ? name : detail.investigation().name());
        model.addAttribute("note", note == null ? "" : note);
        model.addAttribute("nameMax", InvestigationRules.NAME_MAX);
        model.addAttribute("noteMax", InvestigationRules.NOTE_MAX);
        model.addAttribute(
                "limits", new int[] {EvidenceExport.ADS_MAX, EvidenceExport.TIPS_MAX, EvidenceExport.LINKS_MAX});
        return "intelligence/investigations/show";
    }
}
