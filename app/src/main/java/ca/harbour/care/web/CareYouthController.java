package ca.harbour.care.web;

import ca.harbour.care.internal.NoteVisibility.Basis;
import ca.harbour.care.internal.YouthNotes;
import ca.harbour.care.internal.YouthStatus;
import ca.harbour.care.internal.YouthWork;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.domain.ChildProtectionReport;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.FormErrors;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a youth's page: the intake decision, the first contact, the liaison offer, the report to a
 * children's aid society, a note and sharing a note. A refused form goes back to its section of the page with each
 * error next to its field and what was typed kept; nothing is saved.
 */
@Controller
@RequestMapping("/care/youth/{id}")
@PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
class CareYouthController {

    /** The youth's answer to the liaison offer, as the form sends it: empty while not answered. */
    private static final Map<String, Optional<Boolean>> ANSWERS =
            Map.of("PENDING", Optional.empty(), "TAKEN_UP", Optional.of(true), "DECLINED", Optional.of(false));

    private final YouthWork work;
    private final YouthNotes notes;
    private final CareInput input;
    private final FormErrors formErrors;

    CareYouthController(YouthWork work, YouthNotes notes, CareInput input, FormErrors formErrors) {
        this.work = work;
        this.notes = notes;
        this.input = input;
        this.formErrors = formErrors;
    }

    @PostMapping("/decision")
    String decide(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        return handle(
                id,
                "decision",
                Map.of("status", status, "reason", reason),
                flash,
                () -> work.decide(CurrentStaff.require(), id, CareInput.choice(YouthStatus.class, status), reason));
    }

    @PostMapping("/first-contact")
    String firstContact(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String contactAt, RedirectAttributes flash) {
        return handle(id, "first-contact", Map.of("contactAt", contactAt), flash, () -> {
            Instant at = input.instant(contactAt);
            if (CareInput.unreadable(contactAt, at)) {
                throw Rejection.field("contactAt", "care.error.whenFormat").exception();
            }
            work.firstContact(CurrentStaff.require(), id, at);
        });
    }

    @PostMapping("/liaison")
    String liaison(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String offeredAt,
            @RequestParam(defaultValue = "") String answer,
            RedirectAttributes flash) {
        return handle(id, "liaison", Map.of("offeredAt", offeredAt, "answer", answer), flash, () -> {
            Map<String, String> fields = new LinkedHashMap<>();
            Instant at = input.instant(offeredAt);
            if (offeredAt.isBlank()) {
                fields.put("offeredAt", "care.error.when");
            } else if (at == null) {
                fields.put("offeredAt", "care.error.whenFormat");
            }
            if (!ANSWERS.containsKey(answer)) {
                fields.put("answer", "care.error.liaisonAnswer");
            }
            if (!fields.isEmpty()) {
                throw Rejection.of("error.validation", fields).exception();
            }
            work.offerLiaison(
                    CurrentStaff.require(), id, at, ANSWERS.get(answer).orElse(null));
        });
    }

    @PostMapping("/duty-to-report")
    String report(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String societyId,
            @RequestParam(defaultValue = "") String reportedAt,
            @RequestParam(defaultValue = "") String reference,
            RedirectAttributes flash) {
        Map<String, String> typed = Map.of("societyId", societyId, "reportedAt", reportedAt, "reference", reference);
        return handle(id, "duty-to-report", typed, flash, () -> {
            Instant at = input.instant(reportedAt);
            if (CareInput.unreadable(reportedAt, at)) {
                throw Rejection.field("reportedAt", "care.error.whenFormat").exception();
            }
            work.report(
                    CurrentStaff.require(),
                    id,
                    new ChildProtectionReport.Report(CareInput.uuid(societyId), at, reference));
        });
    }

    @PostMapping("/notes")
    String note(@PathVariable UUID id, @RequestParam(defaultValue = "") String body, RedirectAttributes flash) {
        return handle(id, "notes", Map.of("body", body), flash, () -> notes.write(CurrentStaff.require(), id, body));
    }

    @PostMapping("/notes/{noteId}/share")
    String share(
            @PathVariable UUID id,
            @PathVariable UUID noteId,
            @RequestParam(defaultValue = "") String basis,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        Map<String, String> typed = Map.of("basis", basis, "reason", reason, "noteId", noteId.toString());
        return handle(
                id,
                "notes",
                typed,
                flash,
                () -> notes.share(CurrentStaff.require(), id, noteId, CareInput.choice(Basis.class, basis), reason));
    }

    private String handle(UUID id, String section, Map<String, String> typed, RedirectAttributes flash, Action action) {
        try {
            action.run();
            flash.addFlashAttribute("noticeKey", "care.saved." + section);
        } catch (Rejected e) {
            flash.addFlashAttribute("errorSection", section);
            flash.addFlashAttribute("errors", formErrors.of(e.rejection()));
            flash.addFlashAttribute("typed", typed);
        }
        return "redirect:/care/youth/" + id + "#" + section;
    }

    @FunctionalInterface
    private interface Action {
        void run();
    }
}
