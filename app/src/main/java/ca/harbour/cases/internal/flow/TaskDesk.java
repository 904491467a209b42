package ca.harbour.cases.internal.flow;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.internal.CaseRecords;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.cases.internal.CasesContributions;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Scope;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.CardCount;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The most tasks one list shows. */
    static final int LIMIT = 200;

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

    /** Which open tasks a list shows by their due date. */
    public enum Due {
        /** Due within a week, overdue ones included. */
        WEEK,
        OVERDUE,
        TODAY;

        /** The filter typed in an address; anything else is the week. */
        public static Due parse(@Nullable String typed) {
            for (Due d : values()) {
                if (d.name().equalsIgnoreCase(typed == null ? "" : typed.strip())) {
                    return d;
                }
            }
            return WEEK;
        }
    }

    /** The viewer's open tasks due within a week, overdue first, on cases the viewer may see. */
    @Transactional
    public List<CaseTask> mine(StaffPrincipal viewer) {
        return mine(viewer, Due.WEEK);
    }

    /** The viewer's open tasks {@code due}, overdue first, on cases the viewer may see. */
    @Transactional
    public List<CaseTask> mine(StaffPrincipal viewer, Due due) {
        List<CaseTask> list = tasks.open(viewer.userId(), from(due), until(due), readable(viewer), LIMIT);
        audit.recordList(
                AuditAction.READ,
                "case_task",
                "my tasks",
                list.stream().map(CaseTask::id).toList());
        return list;
    }

    /** True when the viewer follows the tasks of the organization's cases (its supervisors). */
    public static boolean followsOrganization(StaffPrincipal viewer) {
        return AccessPolicy.scope(viewer, CasesContributions.CASE_MANAGE) != Scope.NONE;
    }

    /**
     * The open tasks {@code due} of everyone, on the cases the viewer both reads and manages (a supervisor: the
     * organization's); nothing for whoever manages no case.
     */
    @Transactional
    public List<CaseTask> organization(StaffPrincipal viewer, Due due) {
        List<CaseTask> list = tasks.open(null, from(due), until(due), managed(viewer), LIMIT);
        audit.recordList(
                AuditAction.READ,
                "case_task",
                "organization tasks",
                list.stream().map(CaseTask::id).toList());
        return list;
    }

    /**
     * The staff home's reminders: the viewer's own tasks overdue and due today, and for a supervisor the
     * organization's overdue tasks, each linking to the task list filtered the same way. Counts only, over the
     * same predicates as the lists.
     */
    public List<CardCount> reminders(StaffPrincipal viewer) {
        List<CardCount> counts = new ArrayList<>();
        counts.add(new CardCount(
                "cases.flow.reminders.overdue",
                tasks.countOpen(viewer.userId(), from(Due.OVERDUE), until(Due.OVERDUE), readable(viewer)),
                "/cases/tasks?due=overdue",
                true));
        counts.add(new CardCount(
                "cases.flow.reminders.today",
                tasks.countOpen(viewer.userId(), from(Due.TODAY), until(Due.TODAY), readable(viewer)),
                "/cases/tasks?due=today",
                false));
        if (followsOrganization(viewer)) {
            counts.add(new CardCount(
                    "cases.flow.reminders.organizationOverdue",
                    tasks.countOpen(null, from(Due.OVERDUE), until(Due.OVERDUE), managed(viewer)),
                    "/cases/tasks?view=organization&due=overdue",
                    true));
        }
        return counts;
    }

    private static SqlPredicate readable(StaffPrincipal viewer) {
        return AccessPolicy.predicate(
                viewer, CasesContributions.CASE_READ, CaseRecords.ORGANIZATION, CaseRecords.ASSIGNED);
    }

    private static SqlPredicate managed(StaffPrincipal viewer) {
        SqlPredicate read = readable(viewer);
        SqlPredicate manage = AccessPolicy.predicate(
                viewer, CasesContributions.CASE_MANAGE, CaseRecords.ORGANIZATION, CaseRecords.ASSIGNED);
        Map<String, Object> params = new HashMap<>(read.params());
        params.putAll(manage.params());
        return new SqlPredicate("(" + read.sql() + ") and (" + manage.sql() + ")", params);
    }

    private @Nullable LocalDate from(Due due) {
        return due == Due.TODAY ? today() : null;
    }

    private LocalDate until(Due due) {
        return switch (due) {
            case WEEK -> today().plusDays(WEEK - 1);
            case OVERDUE -> today().minusDays(1);
            case TODAY -> today();
        };
    }

    /** Today where the service's people are. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
