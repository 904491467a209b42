package ca.harbour.care.internal;

import ca.harbour.platform.domain.Rejection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An action of the intervention plan as typed: what, who owns it (a team member) and when it is due. */
public record ActionForm(
        @Nullable String description,
        @Nullable String ownerId,
        @Nullable String dueOn) {

    public static final int MAX_DESCRIPTION = 500;

    /** What the form says, read. */
    public record Parsed(String description, UUID ownerId, LocalDate dueOn) {}

    public static ActionForm empty() {
        return new ActionForm("", "", "");
    }

    /** The action, when every part reads; {@code team} are the team's current members. */
    public Parsed parse(Set<UUID> team, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String what = FormParts.text(description);
        if (what == null) {
            errors.put("description", "care.action.error.description");
        } else if (what.length() > MAX_DESCRIPTION) {
            errors.put("description", "care.error.tooLong");
        }
        UUID owner = FormParts.uuid(ownerId);
        if (owner == null || !team.contains(owner)) {
            errors.put("ownerId", "care.action.error.owner");
        }
        LocalDate due = FormParts.date(dueOn);
        if (due == null) {
            errors.put("dueOn", "care.error.date");
        } else if (due.isAfter(today.plusYears(ConferenceForm.MAX_YEARS_AWAY))) {
            errors.put("dueOn", "care.action.error.due");
        }
        if (!errors.isEmpty()) {
            throw Rejection.of("error.validation", errors).exception();
        }
        return new Parsed(what, owner, due);
    }
}
