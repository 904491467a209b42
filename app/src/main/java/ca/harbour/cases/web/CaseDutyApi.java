package ca.harbour.cases.web;

import ca.harbour.cases.internal.CaseDutyDesk;
import ca.harbour.cases.internal.DutyReportForm;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.domain.ChildProtectionAge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A case's under-16 pathway and duty-to-report steps for machines, under the same rules as the case page. */
@RestController
@RequestMapping("/api/v1/cases/{id}/duty-to-report")
@Tag(name = "Cases", description = "Cases, their people, consents and timeline")
class CaseDutyApi {

    private final CaseDutyDesk duty;

    CaseDutyApi(CaseDutyDesk duty) {
        this.duty = duty;
    }

    /** One person's step: REQUIRED (overdue until reported) or OFFERED, and the report once made. */
    record Step(
            UUID personId,
            ChildProtectionAge.Duty duty,
            boolean overdue,
            boolean reported,
            @Nullable UUID societyId,
            @Nullable LocalDate reportedOn,
            @Nullable String reportedBy,
            @Nullable String reference) {}

    @GetMapping
    @PreAuthorize("hasAuthority('CASE:READ')")
    @Operation(summary = "The case's duty-to-report steps: one per person recorded under 18, by their age then")
    List<Step> steps(@PathVariable UUID id) {
        return duty.read(CurrentStaff.require(), id).stream()
                .map(s -> new Step(
                        s.person().id(),
                        s.duty(),
                        s.overdue(),
                        s.report() != null,
                        s.report() == null ? null : s.report().societyId(),
                        s.report() == null ? null : s.report().reportedOn(),
                        s.report() == null ? null : s.report().reportedBy(),
                        s.report() == null ? null : s.report().reference()))
                .toList();
    }

    @PostMapping("/{personId}")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records the report made for a person: who, the society (id), the day (ISO), the reference")
    List<Step> record(@PathVariable UUID id, @PathVariable UUID personId, @RequestBody DutyReportForm body) {
        duty.record(CurrentStaff.require(), id, personId, body);
        return steps(id);
    }
}
