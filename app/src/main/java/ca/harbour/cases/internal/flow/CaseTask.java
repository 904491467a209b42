package ca.harbour.cases.internal.flow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task on a case, decrypted: what to do, by when, who does it, and when it was done. */
public record CaseTask(
        UUID id,
        UUID caseId,
        String caseReference,
        String title,
        LocalDate dueOn,
        UUID assigneeId,
        String assigneeName,
        @Nullable Instant doneAt) {

    public boolean done() {
        return doneAt != null;
    }

    /** Not done and due before {@code today}. */
    public boolean overdue(LocalDate today) {
        return doneAt == null && dueOn.isBefore(today);
    }
}
