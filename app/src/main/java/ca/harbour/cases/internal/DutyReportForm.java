package ca.harbour.cases.internal;

import ca.harbour.platform.domain.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A report to a children's aid society as typed: who reported, to which society, on which day, the reference. */
public record DutyReportForm(
        @Nullable String reportedBy,
        @Nullable String societyId,
        @Nullable String reportedOn,
        @Nullable String reference) {

    public static final int WHO_MAX = 120;
    public static final int REFERENCE_MAX = 100;

    public static DutyReportForm empty(LocalDate today) {
        return new DutyReportForm("", "", today.toString(), "");
    }

    /** The report's parts, when every one reads; {@code societies} are the active children's aid societies. */
    public CaseDutyReports.Report parse(UUID personId, Set<UUID> societies, LocalDate today, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        String who = reportedBy == null ? "" : reportedBy.strip();
        if (who.isEmpty()) {
            errors.put("reportedBy", "cases.duty.error.who");
        } else if (who.length() > WHO_MAX) {
            errors.put("reportedBy", "cases.duty.error.tooLong");
        }
        UUID society = null;
        try {
            society = societyId == null || societyId.isBlank() ? null : UUID.fromString(societyId.strip());
        } catch (IllegalArgumentException e) {
            society = null;
        }
        if (society == null || !societies.contains(society)) {
            errors.put("societyId", "cases.duty.error.society");
        }
        LocalDate on = null;
        try {
            on = reportedOn == null || reportedOn.isBlank() ? null : LocalDate.parse(reportedOn.strip());
        } catch (DateTimeParseException e) {
            on = null;
        }
        if (on == null) {
            errors.put("reportedOn", "cases.duty.error.date");
        } else if (on.isAfter(today)) {
            errors.put("reportedOn", "cases.duty.error.future");
        }
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            errors.put("reference", "cases.duty.error.reference");
        } else if (ref.length() > REFERENCE_MAX) {
            errors.put("reference", "cases.duty.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw Rejection.of("error.validation", errors).exception();
        }
        return new CaseDutyReports.Report(personId, who, society, on, ref, now);
    }
}
