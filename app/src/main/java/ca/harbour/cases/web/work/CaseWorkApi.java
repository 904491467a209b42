package ca.harbour.cases.web.work;

import ca.harbour.cases.internal.work.CaseNote;
import ca.harbour.cases.internal.work.NeedsAssessment;
import ca.harbour.cases.internal.work.NeedsDesk;
import ca.harbour.cases.internal.work.NoteDesk;
import ca.harbour.cases.internal.work.SafetyPlan;
import ca.harbour.cases.internal.work.SafetyPlanDesk;
import ca.harbour.cases.internal.work.ServicePlan;
import ca.harbour.cases.internal.work.ServicePlanDesk;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case work for machines: the same access, rules and audit as the pages. A case the caller may not see is 404; a
 * refusal is a Problem Details body naming each field at fault; a stale safety plan save is refused.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@PreAuthorize("hasAuthority('CASE:READ')")
@Tag(name = "Case work", description = "A case's safety plan, needs assessments, service plan and notes")
class CaseWorkApi {

    private final SafetyPlanDesk safety;
    private final NeedsDesk needs;
    private final ServicePlanDesk plans;
    private final NoteDesk notes;

    CaseWorkApi(SafetyPlanDesk safety, NeedsDesk needs, ServicePlanDesk plans, NoteDesk notes) {
        this.safety = safety;
        this.needs = needs;
        this.plans = plans;
        this.notes = notes;
    }

    /** A safety plan and the version a save must name (0: no plan yet). */
    record SafetyPlanAnswer(
            UUID caseId,
            int version,
            @Nullable Instant updatedAt,
            @Nullable UUID updatedBy,
            SafetyPlan plan) {}

    /** A safety plan to save over {@code version}, the version it was read at (0 for a first plan). */
    record SafetyPlanBody(
            @Nullable Integer version,
            @Nullable List<String> risks,
            @Nullable List<SafetyPlan.SafeContact> contacts,
            @Nullable String codeWords,
            @Nullable String safeTimes,
            @Nullable List<SafetyPlan.Step> steps) {}

    /** A new needs assessment: each area's level (NONE, LOW, MODERATE, HIGH, URGENT) and note, by area code. */
    record NeedsBody(
            @Nullable Map<String, String> levels, @Nullable Map<String, String> notes) {}

    record GoalBody(@Nullable String text, @Nullable String targetDate) {}

    record ServiceBody(
            @Nullable UUID goalId,
            @Nullable UUID serviceId,
            @Nullable String dueDate) {}

    record StatusBody(@Nullable String status) {}

    /** A new note; {@code corrects} names the note it corrects. Sensitivity: STANDARD, SENSITIVE, RESTRICTED. */
    record NoteBody(
            @Nullable String text,
            @Nullable String sensitivity,
            @Nullable UUID corrects) {}

    record Created(UUID id) {}

    @GetMapping("/safety-plan")
    @Operation(summary = "The case's safety plan, with the version a save must name")
    SafetyPlanAnswer safetyPlan(@PathVariable UUID id) {
        return answer(safety.read(CurrentStaff.require(), id));
    }

    @PutMapping("/safety-plan")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @Operation(summary = "Saves the safety plan over the version it was read at; a stale version is refused")
    SafetyPlanAnswer saveSafetyPlan(@PathVariable UUID id, @RequestBody SafetyPlanBody body) {
        StaffPrincipal me = CurrentStaff.require();
        List<SafetyPlan.SafeContact> contacts = body.contacts() == null
                ? List.of()
                : body.contacts().stream()
                        .filter(Objects::nonNull)
                        .map(c -> new SafetyPlan.SafeContact(
                                Typed.text(c.name()), Typed.text(c.reach()), Typed.text(c.relationship())))
                        .toList();
        List<SafetyPlan.Step> steps = body.steps() == null
                ? List.of()
                : body.steps().stream()
                        .filter(Objects::nonNull)
                        .map(s -> new SafetyPlan.Step(Typed.text(s.text()), s.done()))
                        .toList();
        SafetyPlan plan = new SafetyPlan(
                body.risks() == null
                        ? List.of()
                        : body.risks().stream().map(Typed::text).toList(),
                contacts,
                Typed.text(body.codeWords()),
                Typed.text(body.safeTimes()),
                steps);
        safety.save(me, id, plan, body.version() == null ? 0 : body.version());
        return answer(safety.read(me, id));
    }

    private static SafetyPlanAnswer answer(SafetyPlanDesk.View view) {
        return new SafetyPlanAnswer(
                view.summary().id(),
                view.version(),
                view.stored().map(s -> s.updatedAt()).orElse(null),
                view.stored().map(s -> s.updatedBy()).orElse(null),
                view.plan());
    }

    @GetMapping("/needs")
    @Operation(summary = "The case's needs assessments, newest (current) first")
    List<NeedsAssessment> needs(@PathVariable UUID id) {
        return needs.read(CurrentStaff.require(), id).assessments();
    }

    @PostMapping("/needs")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a new needs assessment; an area not sent is NONE")
    Created assess(@PathVariable UUID id, @RequestBody NeedsBody body) {
        return new Created(needs.assess(
                CurrentStaff.require(),
                id,
                body.levels() == null ? Map.of() : body.levels(),
                body.notes() == null ? Map.of() : body.notes()));
    }

    @GetMapping("/service-plan")
    @Operation(summary = "The case's service plan: goals and the directory services planned under them")
    ServicePlan servicePlan(@PathVariable UUID id) {
        boolean french = "fr".equals(LocaleContextHolder.getLocale().getLanguage());
        return plans.read(CurrentStaff.require(), id, french).plan();
    }

    @PostMapping("/service-plan/goals")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a goal (target date, ISO, from today to five years ahead)")
    Created addGoal(@PathVariable UUID id, @RequestBody GoalBody body) {
        return new Created(plans.addGoal(
                CurrentStaff.require(), id, Typed.text(body.text()), Typed.date("targetDate", body.targetDate())));
    }

    @PostMapping("/service-plan/services")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plans a directory service under a goal of the case")
    Created addService(@PathVariable UUID id, @RequestBody ServiceBody body) {
        if (body.goalId() == null) {
            throw Rejection.field("goalId", "cases.work.plan.error.goalUnknown").exception();
        }
        return new Created(plans.addService(
                CurrentStaff.require(), id, body.goalId(), body.serviceId(), Typed.date("dueDate", body.dueDate())));
    }

    @PutMapping("/service-plan/services/{serviceId}/status")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @Operation(
            summary = "Moves a planned service to a new status (PLANNED, REQUESTED, IN_PROGRESS, DELIVERED, CANCELLED)")
    ServicePlan changeStatus(@PathVariable UUID id, @PathVariable UUID serviceId, @RequestBody StatusBody body) {
        StaffPrincipal me = CurrentStaff.require();
        plans.changeStatus(me, id, serviceId, Typed.text(body.status()));
        return plans.read(me, id, "fr".equals(LocaleContextHolder.getLocale().getLanguage()))
                .plan();
    }

    @GetMapping("/notes")
    @Operation(summary = "The case notes the caller may read, newest first")
    List<CaseNote> notes(@PathVariable UUID id) {
        return notes.list(CurrentStaff.require(), id).notes();
    }

    @GetMapping("/notes/{noteId}")
    @Operation(summary = "One case note; a restricted note the caller may not read is 404")
    CaseNote note(@PathVariable UUID id, @PathVariable UUID noteId) {
        return notes.read(CurrentStaff.require(), id, noteId);
    }

    @PostMapping("/notes")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a note, or a correction of an earlier one (notes are never edited)")
    Created addNote(@PathVariable UUID id, @RequestBody NoteBody body) {
        return new Created(notes.add(
                CurrentStaff.require(), id, Typed.text(body.text()), Typed.text(body.sensitivity()), body.corrects()));
    }
}
