package ca.harbour.cases.internal.flow;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.internal.CaseRecords;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.cases.internal.CasesContributions;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's tasks and the viewer's reminders. Whoever may change the case adds tasks and marks them done, and so
 * does the task's assignee; "my tasks" lists the viewer's open tasks due within a week, overdue first, on the
 * cases the viewer may see, with the case list's access predicate.
 */
@Service
public class TaskDesk {

    /** How far ahead "my tasks" looks. */
    static final int WEEK = 7;

    private final CaseAccess access;
    private final CaseTasks tasks;
    private final CaseFiles cases;
    private final Audit audit;
    private final Clock clock;
    private final PlatformSettings settings;

    TaskDesk(CaseAccess access, CaseTasks tasks, CaseFiles cases, Audit audit, Clock clock, PlatformSettings settings) {
        this.settings = settings;
        this.access = access;
        this.tasks = tasks;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** A case's tasks and the people they may be given to. */
    public record CaseTasksView(CaseRow caseRow, boolean mayChange, List<CaseTask> tasks, List<Worker> workers) {}

    @Transactional
    public CaseTasksView forCase(StaffPrincipal viewer, UUID caseId) {
        CaseRow row = access.read(viewer, caseId);
        List<CaseTask> list = tasks.forCase(caseId);
        audit.recordList(
                AuditAction.READ,
                "case_task",
                "case tasks",
                list.stream().map(CaseTask::id).toList());
        return new CaseTasksView(row, access.mayChange(viewer, row), list, tasks.workers(row.organizationId()));
    }

    @Transactional
    public UUID add(
            StaffPrincipal viewer, UUID caseId, String title, @Nullable LocalDate dueOn, @Nullable UUID assignee) {
        CaseRow row = access.change(viewer, caseId);
        Set<UUID> workers =
                tasks.workers(row.organizationId()).stream().map(Worker::id).collect(Collectors.toSet());
        TaskRules.check(title, dueOn, assignee, workers, today()).ifPresent(r -> {
            throw r.exception();
        });
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        tasks.insert(id, caseId, title.strip(), dueOn, assignee, viewer.userId(), now, false);
        cases.recordOnTimeline(caseId, "TASK_ADDED", id, viewer.userId());
        audit.record(AuditAction.CREATE, "case_task", id);
        return id;
    }

    /** Marks a task done: the assignee or someone who may change the case. */
    @Transactional
    public CaseTask markDone(StaffPrincipal viewer, UUID caseId, UUID taskId) {
        CaseRow row = access.read(viewer, caseId);
        CaseTask task =
                tasks.find(taskId).filter(t -> t.caseId().equals(caseId)).orElseThrow(NotFoundException::new);
        if (!task.assigneeId().equals(viewer.userId()) && !access.mayChange(viewer, row)) {
            throw Rejection.of("cases.error.notYours").exception();
        }
        if (!tasks.markDone(taskId, viewer.userId(), clock.instant())) {
            throw Rejection.of("cases.flow.task.error.done").exception();
        }
        cases.recordOnTimeline(caseId, "TASK_DONE", taskId, viewer.userId());
        audit.record(AuditAction.UPDATE, "case_task", taskId, "done");
        return tasks.find(taskId).orElseThrow();
    }

    /** The viewer's open tasks due within a week, overdue first, on cases the viewer may see. */
    @Transactional
    public List<CaseTask> mine(StaffPrincipal viewer) {
        var scope = AccessPolicy.predicate(
                viewer, CasesContributions.CASE_READ, CaseRecords.ORGANIZATION, CaseRecords.ASSIGNED);
        List<CaseTask> list = tasks.openFor(viewer.userId(), today().plusDays(WEEK - 1), scope, 200);
        audit.recordList(
                AuditAction.READ,
                "case_task",
                "my tasks",
                list.stream().map(CaseTask::id).toList());
        return list;
    }

    /** Today where the service's people are. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
