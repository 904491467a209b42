package ca.harbour.cases.internal.work;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseSummary;
import ca.harbour.cases.ServicePlans;
import ca.harbour.directory.ServiceFinder;
import ca.harbour.directory.ServiceFinder.ServiceSummary;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's service plan: goals with a target date, and under each the directory services planned to reach it,
 * each moving through {@link PlannedServiceStatus}. A completed referral marks its service delivered
 * ({@link ServicePlans}).
 */
@Service
public class ServicePlanDesk implements ServicePlans {

    static final String AUDIT_TYPE = "case_service_plan";
    static final int YEARS_AHEAD = 5;

    /** What the service plan page shows. */
    public record View(CaseSummary summary, ServicePlan plan, boolean mayChange, LocalDate today) {}

    private final CaseWorkAccess access;
    private final ServicePlanRecords records;
    private final ServiceFinder directory;
    private final Audit audit;
    private final Clock clock;

    ServicePlanDesk(
            CaseWorkAccess access, ServicePlanRecords records, ServiceFinder directory, Audit audit, Clock clock) {
        this.access = access;
        this.records = records;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public View read(StaffPrincipal viewer, UUID caseId, boolean french) {
        CaseSummary summary = access.readable(viewer, caseId);
        List<ServicePlanRecords.ServiceRow> services = records.services(caseId);
        List<ServicePlan.Goal> goals = records.goals(caseId).stream()
                .map(g -> new ServicePlan.Goal(
                        g.id(),
                        g.text(),
                        g.targetDate(),
                        g.createdAt(),
                        services.stream()
                                .filter(s -> s.goalId().equals(g.id()))
                                .map(s -> named(s, french))
                                .toList()))
                .toList();
        audit.record(AuditAction.READ, AUDIT_TYPE, caseId);
        return new View(summary, new ServicePlan(goals), access.mayChange(viewer, summary), LocalDate.now(clock));
    }

    private ServicePlan.Service named(ServicePlanRecords.ServiceRow s, boolean french) {
        ServiceSummary found = directory.find(s.serviceId(), french).orElse(null);
        return new ServicePlan.Service(
                s.id(),
                s.goalId(),
                s.serviceId(),
                found == null ? "" : found.name(),
                found == null ? "" : found.organization(),
                s.status(),
                s.dueDate(),
                s.referralId());
    }

    /** Adds a goal; its target date, when given, is between today and five years ahead. */
    @Transactional
    public UUID addGoal(StaffPrincipal viewer, UUID caseId, String text, @Nullable LocalDate targetDate) {
        access.changeable(viewer, caseId);
        String goal = text.strip();
        if (goal.isEmpty() || goal.length() > ServicePlan.GOAL_MAX) {
            throw Rejection.field("goal", "cases.work.plan.error.goal").exception();
        }
        checkDate("targetDate", targetDate);
        UUID id = UUID.randomUUID();
        records.insertGoal(id, caseId, goal, targetDate, viewer.userId(), clock.instant(), false);
        access.timeline(caseId, "SERVICE_PLANNED", id, viewer.userId());
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, "goal");
        return id;
    }

    /** Plans a directory service under a goal of the case, due by {@code dueDate} when given. */
    @Transactional
    public UUID addService(
            StaffPrincipal viewer, UUID caseId, UUID goalId, @Nullable UUID serviceId, @Nullable LocalDate dueDate) {
        access.changeable(viewer, caseId);
        if (!records.goalOfCase(goalId, caseId)) {
            throw Rejection.field("goalId", "cases.work.plan.error.goalUnknown").exception();
        }
        if (serviceId == null || directory.find(serviceId, false).isEmpty()) {
            throw Rejection.field("serviceId", "cases.work.plan.error.service").exception();
        }
        checkDate("dueDate", dueDate);
        UUID id = UUID.randomUUID();
        records.insertService(id, goalId, caseId, serviceId, dueDate, viewer.userId(), clock.instant(), false);
        access.timeline(caseId, "SERVICE_PLANNED", id, viewer.userId());
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, "service");
        return id;
    }

    /** Moves a planned service of the case to {@code status}, when {@link PlannedServiceStatus} allows it. */
    @Transactional
    public void changeStatus(StaffPrincipal viewer, UUID caseId, UUID plannedServiceId, String status) {
        access.changeable(viewer, caseId);
        ServicePlanRecords.ServiceRow row = records.service(plannedServiceId, true)
                .filter(s -> s.caseId().equals(caseId))
                .orElseThrow(() ->
                        Rejection.of("cases.work.plan.error.serviceUnknown").exception());
        PlannedServiceStatus to = parse(status);
        if (!row.status().mayMoveTo(to)) {
            throw Rejection.of("cases.work.plan.error.transition").exception();
        }
        records.setStatus(plannedServiceId, to, null, viewer.userId(), clock.instant());
        access.timeline(caseId, "SERVICE_STATUS_CHANGED", plannedServiceId, viewer.userId());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, plannedServiceId, to.name());
    }

    @Override
    @Transactional
    public int markDelivered(UUID caseId, UUID serviceId, UUID referralId) {
        List<ServicePlanRecords.ServiceRow> open = records.openServices(caseId, serviceId);
        Instant now = clock.instant();
        for (ServicePlanRecords.ServiceRow row : open) {
            records.setStatus(row.id(), PlannedServiceStatus.DELIVERED, referralId, null, now);
            access.timeline(caseId, "SERVICE_STATUS_CHANGED", row.id(), null);
            audit.record(AuditAction.UPDATE, AUDIT_TYPE, row.id(), "delivered by referral");
        }
        return open.size();
    }

    private static PlannedServiceStatus parse(String status) {
        try {
            return PlannedServiceStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw Rejection.field("status", "cases.work.plan.error.status").exception();
        }
    }

    private void checkDate(String field, @Nullable LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date != null && (date.isBefore(today) || date.isAfter(today.plusYears(YEARS_AHEAD)))) {
            throw Rejection.field(field, "cases.work.plan.error.date").exception();
        }
    }
}
