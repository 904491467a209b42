package ca.harbour.cases.internal.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A case's service plan: its goals, each with the directory services planned to reach it. */
public record ServicePlan(List<Goal> goals) {

    static final int GOAL_MAX = 500;

    public ServicePlan {
        goals = List.copyOf(goals);
    }

    /** A goal of the plan and its services. */
    public record Goal(
            UUID id, String text, @Nullable LocalDate targetDate, Instant createdAt, List<Service> services) {
        public Goal {
            services = List.copyOf(services);
        }
    }

    /** A directory service planned under a goal; the name is the directory's, in the page's language. */
    public record Service(
            UUID id,
            UUID goalId,
            UUID serviceId,
            String serviceName,
            String organization,
            PlannedServiceStatus status,
            @Nullable LocalDate dueDate,
            @Nullable UUID referralId) {

        /** Still to be given and its due date has passed. */
        public boolean overdue(LocalDate today) {
            return status.open() && dueDate != null && dueDate.isBefore(today);
        }
    }
}
