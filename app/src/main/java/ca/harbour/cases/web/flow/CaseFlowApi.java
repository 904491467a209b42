package ca.harbour.cases.web.flow;

import ca.harbour.cases.CaseStatus;
import ca.harbour.cases.internal.flow.Approval;
import ca.harbour.cases.internal.flow.ApprovalDesk;
import ca.harbour.cases.internal.flow.ApprovalKind;
import ca.harbour.cases.internal.flow.ApprovalRules.Decision;
import ca.harbour.cases.internal.flow.ApprovalState;
import ca.harbour.cases.internal.flow.CaseDocument;
import ca.harbour.cases.internal.flow.CaseTask;
import ca.harbour.cases.internal.flow.DocumentDesk;
import ca.harbour.cases.internal.flow.DocumentKind;
import ca.harbour.cases.internal.flow.TaskDesk;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.CardCount;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A case's tasks, documents and approvals for machines, and the caller's own open tasks: the same access as the
 * case page, the same rules as the pages; a refusal is a Problem Details body naming each field at fault. A case
 * the caller may not see is a 404.
 */
@RestController
@PreAuthorize("hasAuthority('CASE:READ')")
class CaseFlowApi {

    private final TaskDesk tasks;
    private final DocumentDesk documents;
    private final ApprovalDesk approvals;

    CaseFlowApi(TaskDesk tasks, DocumentDesk documents, ApprovalDesk approvals) {
        this.tasks = tasks;
        this.documents = documents;
        this.approvals = approvals;
    }

    /**
     * A task.
     *
     * @param overdue not done and due before today
     */
    record TaskAnswer(
            UUID id,
            UUID caseId,
            String caseReference,
            String title,
            LocalDate dueOn,
            UUID assigneeId,
            String assigneeName,
            @Nullable Instant doneAt,
            boolean overdue) {

        static TaskAnswer of(CaseTask t, LocalDate today) {
            return new TaskAnswer(
                    t.id(),
                    t.caseId(),
                    t.caseReference(),
                    t.title(),
                    t.dueOn(),
                    t.assigneeId(),
                    t.assigneeName(),
                    t.doneAt(),
                    t.overdue(today));
        }
    }

    /**
     * A new task.
     *
     * @param title what to do, at most 200 characters
     * @param dueOn from today to two years ahead
     * @param assigneeId a case worker or supervisor of the case's organization
     */
    record NewTask(
            @Nullable String title,
            @Nullable LocalDate dueOn,
            @Nullable UUID assigneeId) {}

    /** A document, without its content (see the content link). */
    record DocumentAnswer(
            UUID id, DocumentKind kind, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {

        static DocumentAnswer of(CaseDocument d) {
            return new DocumentAnswer(d.id(), d.kind(), d.fileName(), d.contentType(), d.sizeBytes(), d.uploadedAt());
        }
    }

    /** A request for approval and, once decided, the decision. */
    record ApprovalAnswer(
            UUID id,
            ApprovalKind kind,
            ApprovalState state,
            @Nullable CaseStatus closingStatus,
            @Nullable String reason,
            UUID requestedBy,
            Instant requestedAt,
            @Nullable UUID decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String comment) {

        static ApprovalAnswer of(Approval a) {
            return new ApprovalAnswer(
                    a.id(),
                    a.kind(),
                    a.state(),
                    a.closingStatus(),
                    a.reason(),
                    a.requestedBy(),
                    a.requestedAt(),
                    a.decidedBy(),
                    a.decidedAt(),
                    a.comment());
        }
    }

    /**
     * A request for approval.
     *
     * @param closingStatus CLOSED or CLOSED_REFERRED for a CLOSURE; absent for a CASE_PLAN
     * @param reason why; required for a closure, at most 1,000 characters
     */
    record NewApproval(
            @Nullable ApprovalKind kind,
            @Nullable CaseStatus closingStatus,
            @Nullable String reason) {}

    /**
     * A supervisor's decision.
     *
     * @param comment required to REJECT, at most 1,000 characters
     */
    record DecisionBody(
            @Nullable Decision decision, @Nullable String comment) {}

    /**
     * The caller's open tasks, overdue first, on the cases the caller may see: due within a week, or only those
     * {@code due=overdue} or {@code due=today}; with {@code view=organization}, a supervisor's organization's tasks
     * whoever they are given to (nothing for whoever manages no case).
     */
    @GetMapping("/api/v1/cases/tasks")
    List<TaskAnswer> myTasks(
            @RequestParam(defaultValue = "") String due, @RequestParam(defaultValue = "mine") String view) {
        StaffPrincipal me = CurrentStaff.require();
        TaskDesk.Due when = TaskDesk.Due.parse(due);
        LocalDate today = tasks.today();
        List<CaseTask> list = "organization".equals(view) ? tasks.organization(me, when) : tasks.mine(me, when);
        return list.stream().map(t -> TaskAnswer.of(t, today)).toList();
    }

    /** The caller's reminders, as the staff home shows them: how many tasks are overdue and due today. */
    @GetMapping("/api/v1/cases/tasks/reminders")
    List<CardCount> reminders() {
        return tasks.reminders(CurrentStaff.require());
    }

    /** A case's tasks: open ones by due date, then done ones. */
    @GetMapping("/api/v1/cases/{id}/tasks")
    List<TaskAnswer> caseTasks(@PathVariable UUID id) {
        LocalDate today = tasks.today();
        return tasks.forCase(CurrentStaff.require(), id).tasks().stream()
                .map(t -> TaskAnswer.of(t, today))
                .toList();
    }

    /** Adds a task to a case the caller may change; answers its id. */
    @PostMapping("/api/v1/cases/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    UUID addTask(@PathVariable UUID id, @RequestBody NewTask body) {
        return tasks.add(
                CurrentStaff.require(), id, body.title() == null ? "" : body.title(), body.dueOn(), body.assigneeId());
    }

    /** Marks a task done (its assignee, or whoever may change the case). */
    @PostMapping("/api/v1/cases/{id}/tasks/{taskId}/done")
    TaskAnswer taskDone(@PathVariable UUID id, @PathVariable UUID taskId) {
        return TaskAnswer.of(tasks.markDone(CurrentStaff.require(), id, taskId), tasks.today());
    }

    /** A case's documents, newest first. */
    @GetMapping("/api/v1/cases/{id}/documents")
    List<DocumentAnswer> caseDocuments(@PathVariable UUID id) {
        return documents.forCase(CurrentStaff.require(), id).documents().stream()
                .map(DocumentAnswer::of)
                .toList();
    }

    /** Adds a document (multipart: {@code kind} and {@code file}); the type is read from the bytes. */
    @PostMapping(path = "/api/v1/cases/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    UUID upload(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        return documents.upload(
                CurrentStaff.require(), id, kind, file == null ? null : file.getOriginalFilename(), content);
    }

    /** A document's content, as an attachment of its detected type; every download is audited. */
    @GetMapping("/api/v1/cases/{id}/documents/{documentId}/content")
    ResponseEntity<byte[]> content(@PathVariable UUID id, @PathVariable UUID documentId) {
        return DocumentsController.attachment(documents.download(CurrentStaff.require(), id, documentId));
    }

    /** A request waiting for a supervisor, with its case. */
    record PendingAnswer(UUID caseId, String caseReference, ApprovalAnswer approval) {}

    /** For supervisors: the requests waiting on the cases of their organization, oldest first. */
    @GetMapping("/api/v1/cases/approvals")
    @PreAuthorize("hasRole('SUPERVISOR')")
    List<PendingAnswer> pending() {
        return approvals.pending(CurrentStaff.require()).stream()
                .map(p -> new PendingAnswer(p.approval().caseId(), p.caseReference(), ApprovalAnswer.of(p.approval())))
                .toList();
    }

    /** A case's approvals, newest first. */
    @GetMapping("/api/v1/cases/{id}/approvals")
    List<ApprovalAnswer> caseApprovals(@PathVariable UUID id) {
        return approvals.forCase(CurrentStaff.require(), id).approvals().stream()
                .map(ApprovalAnswer::of)
                .toList();
    }

    /** Asks for an approval on a case the caller may change; answers its id. */
    @PostMapping("/api/v1/cases/{id}/approvals")
    @ResponseStatus(HttpStatus.CREATED)
    UUID requestApproval(@PathVariable UUID id, @RequestBody NewApproval body) {
        if (body.kind() == null) {
            throw Rejection.field("kind", "cases.flow.approval.error.kind").exception();
        }
        return approvals.request(CurrentStaff.require(), id, body.kind(), body.closingStatus(), body.reason());
    }

    /** A supervisor of the case's organization, who did not ask, approves or rejects. */
    @PostMapping("/api/v1/cases/{id}/approvals/{approvalId}/decision")
    ApprovalAnswer decide(@PathVariable UUID id, @PathVariable UUID approvalId, @RequestBody DecisionBody body) {
        if (body.decision() == null) {
            throw Rejection.of("cases.flow.approval.error.decision").exception();
        }
        return ApprovalAnswer.of(
                approvals.decide(CurrentStaff.require(), id, approvalId, body.decision(), body.comment()));
    }
}
