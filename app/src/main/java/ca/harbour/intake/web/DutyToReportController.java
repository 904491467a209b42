package ca.harbour.intake.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intake.internal.DutyToReportDesk;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.domain.ChildProtectionReport.Report;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.FormErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The duty-to-report form of a contact page (a report to a children's aid society, recorded by the advocate),
 * and the list of reports overdue. A refused report goes back to the contact page with each error next to
 * its field and what was typed kept; nothing is saved.
 */
@Controller
@PreAuthorize("hasAuthority('CONTACT:READ')")
class DutyToReportController {

    private final DutyToReportDesk desk;
    private final FormErrors formErrors;
    private final PlatformSettings settings;

    DutyToReportController(DutyToReportDesk desk, FormErrors formErrors, PlatformSettings settings) {
        this.desk = desk;
        this.formErrors = formErrors;
        this.settings = settings;
    }

    @GetMapping("/contacts/duty-to-report")
    String overdue(Model model) {
        model.addAttribute("overdue", desk.overdue(CurrentStaff.require()));
        return "intake/duty-to-report-overdue";
    }

    @PostMapping("/contacts/{id}/duty-to-report")
    @PreAuthorize("hasAuthority('CONTACT:UPDATE')")
    String record(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String societyId,
            @RequestParam(defaultValue = "") String reportedAt,
            @RequestParam(defaultValue = "") String reference,
            RedirectAttributes flash) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        UUID society = uuid(societyId);
        if (society == null && !societyId.isBlank()) {
            unreadable.put("societyId", "duty.error.society");
        }
        Instant at = instant(reportedAt);
        if (at == null && !reportedAt.isBlank()) {
            unreadable.put("reportedAt", "duty.error.reportedAtFormat");
        }
        try {
            if (!unreadable.isEmpty()) {
                throw Rejection.of("error.validation", unreadable).exception();
            }
            desk.record(CurrentStaff.require(), id, new Report(society, at, reference));
            flash.addFlashAttribute("noticeKey", "duty.recorded");
        } catch (Rejected e) {
            flash.addFlashAttribute("dutyErrors", formErrors.of(e.rejection()));
            flash.addFlashAttribute(
                    "dutyTyped", Map.of("societyId", societyId, "reportedAt", reportedAt, "reference", reference));
        }
        return "redirect:/contacts/" + id + "#duty-to-report";
    }

    @PostMapping("/contacts/{id}/duty-to-report/birth-date")
    @PreAuthorize("hasAuthority('CONTACT:UPDATE')")
    String recordBirthDate(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String birthDate, RedirectAttributes flash) {
        try {
            LocalDate date = null;
            if (!birthDate.isBlank()) {
                try {
                    date = LocalDate.parse(birthDate.strip());
                } catch (DateTimeParseException e) {
                    throw Rejection.field("birthDate", "duty.error.birthDateFormat")
                            .exception();
                }
            }
            desk.recordBirthDate(CurrentStaff.require(), id, date);
            flash.addFlashAttribute("noticeKey", "duty.birthDateRecorded");
        } catch (Rejected e) {
            flash.addFlashAttribute("dutyErrors", formErrors.of(e.rejection()));
            flash.addFlashAttribute("dutyTyped", Map.of("birthDate", birthDate));
        }
        return "redirect:/contacts/" + id + "#duty-to-report";
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date and time as a browser's date-time field sends it, in the service's time zone. */
    private @Nullable Instant instant(String text) {
        try {
            return text.isBlank()
                    ? null
                    : LocalDateTime.parse(text.strip()).atZone(settings.zone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
