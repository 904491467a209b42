package ca.harbour.cases.web.flow;

import ca.harbour.cases.CaseStatus;
import ca.harbour.cases.internal.flow.ApprovalDesk;
import ca.harbour.cases.internal.flow.ApprovalKind;
import ca.harbour.cases.internal.flow.ApprovalRules.Decision;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.FormErrors;
import java.util.LinkedHashMap;
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
 * A case's approvals (ask for one; a supervisor approves or rejects it with a comment) and the supervisors' list of
 * pending approvals. A refused request or decision goes back with the error next to its field and what was typed
 * kept; nothing changes.
 */
@Controller
@PreAuthorize("hasAuthority('CASE:READ')")
class ApprovalsController {

    private final ApprovalDesk desk;
    private final FormErrors formErrors;

    ApprovalsController(ApprovalDesk desk, FormErrors formErrors) {
        this.desk = desk;
        this.formErrors = formErrors;
    }

    @GetMapping("/cases/approvals")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String pending(Model model) {
        model.addAttribute("pending", desk.pending(CurrentStaff.require()));
        return "cases/flow/pending-approvals";
    }

    @GetMapping("/cases/{id}/approvals")
    String approvals(@PathVariable UUID id, Model model) {
        model.addAttribute("view", desk.forCase(CurrentStaff.require(), id));
        model.addAttribute("kinds", ApprovalKind.values());
        model.addAttribute("closingStatuses", List.of(CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "cases/flow/approvals";
    }

    @PostMapping("/cases/{id}/approvals")
    String request(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String closingStatus,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        try {
            ApprovalKind k = FormText.code(ApprovalKind.class, kind);
            if (k == null) {
                throw Rejection.field("kind", "cases.flow.approval.error.kind").exception();
            }
            CaseStatus closing = closingStatus.isBlank() ? null : FormText.code(CaseStatus.class, closingStatus);
            if (k == ApprovalKind.CASE_PLAN) {
                closing = null;
            } else if (closing == null) {
                throw Rejection.field("closingStatus", "cases.flow.approval.error.closingStatus")
                        .exception();
            }
            desk.request(CurrentStaff.require(), id, k, closing, reason);
            flash.addFlashAttribute("noticeKey", "cases.flow.approval.requested");
        } catch (Rejected e) {
            flash.addFlashAttribute("errors", formErrors.of(e.rejection()));
            flash.addFlashAttribute("typed", Map.of("kind", kind, "closingStatus", closingStatus, "reason", reason));
        }
        return "redirect:/cases/" + id + "/approvals";
    }

    @PostMapping("/cases/{id}/approvals/{approvalId}/decision")
    String decide(
            @PathVariable UUID id,
            @PathVariable UUID approvalId,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes flash) {
        try {
            Decision d = FormText.code(Decision.class, decision);
            if (d == null) {
                throw Rejection.of("cases.flow.approval.error.decision").exception();
            }
            desk.decide(CurrentStaff.require(), id, approvalId, d, comment);
            flash.addFlashAttribute(
                    "noticeKey",
                    d == Decision.APPROVE ? "cases.flow.approval.approved" : "cases.flow.approval.rejected");
        } catch (Rejected e) {
            // each pending request has its own comment field: the error points at this one's
            Map<String, String> errors = new LinkedHashMap<>();
            formErrors
                    .of(e.rejection())
                    .forEach(
                            (field, text) -> errors.put("form".equals(field) ? field : field + "-" + approvalId, text));
            flash.addFlashAttribute("errors", errors);
            flash.addFlashAttribute("decisionTyped", Map.of(approvalId.toString(), comment));
        }
        return "redirect:/cases/" + id + "/approvals";
    }
}
