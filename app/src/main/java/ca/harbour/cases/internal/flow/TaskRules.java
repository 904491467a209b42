package ca.harbour.cases.internal.flow;

import ca.harbour.platform.domain.Rejection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a new task must be: a title of at most {@link #TITLE_MAX} characters, a due date from today to two years
 * ahead, and an assignee who works cases at the case's organization. Every field at fault is named.
 */
public final class TaskRules {

    static final int TITLE_MAX = 200;

    private TaskRules() {}

    public static Optional<Rejection> check(
            String title, @Nullable LocalDate dueOn, @Nullable UUID assignee, Set<UUID> workers, LocalDate today) {
        Map<String, String> fields = new LinkedHashMap<>();
        String t = title.strip();
        if (t.isEmpty()) {
            fields.put("title", "cases.flow.task.error.title");
        } else if (t.length() > TITLE_MAX) {
            fields.put("title", "cases.flow.error.tooLong");
        }
        if (dueOn == null) {
            fields.put("dueOn", "cases.flow.task.error.dueOn");
        } else if (dueOn.isBefore(today) || dueOn.isAfter(today.plusYears(2))) {
            fields.put("dueOn", "cases.flow.task.error.dueOnRange");
        }
        if (assignee == null || !workers.contains(assignee)) {
            fields.put("assigneeId", "cases.flow.task.error.assignee");
        }
        return fields.isEmpty() ? Optional.empty() : Optional.of(Rejection.of("error.validation", fields));
    }
}
