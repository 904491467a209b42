package ca.harbour.care.internal;

import ca.harbour.platform.domain.Rejection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new case conference as typed: its date, the team members who attended, people from outside (the i-th name goes
 * with the i-th role; a row left blank is skipped) and the decisions. {@link #parse} names each field at fault.
 */
public record ConferenceForm(
        @Nullable String heldOn,
        @Nullable List<String> members,
        @Nullable List<String> outsideName,
        @Nullable List<String> outsideRole,
        @Nullable String decisions) {

    public static final int MAX_NAME = 120;
    public static final int MAX_DECISIONS = 4000;
    /** How far from today a conference's date may be (a typing slip otherwise). */
    public static final int MAX_YEARS_AWAY = 1;
    /** Rows for outside attendees on the page. */
    public static final int OUTSIDE_ROWS = 3;

    /** Someone from outside the team, by name and role. */
    public record Outside(String name, String role) {}

    /** What the form says, read. */
    public record Parsed(
            LocalDate heldOn,
            Set<UUID> members,
            List<Outside> outside,
            @Nullable String decisions) {}

    public static ConferenceForm empty(LocalDate today) {
        return new ConferenceForm(today.toString(), List.of(), List.of(), List.of(), "");
    }

    public List<String> membersOrEmpty() {
        return members == null ? List.of() : members;
    }

    /** The i-th outside name or role typed, for showing back. */
    public String outside(boolean name, int i) {
        List<String> list = name ? outsideName : outsideRole;
        return list == null || i >= list.size() ? "" : list.get(i);
    }

    /** The conference, when every part reads; {@code team} are the team's current members. */
    public Parsed parse(Set<UUID> team, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = FormParts.date(heldOn);
        if (on == null) {
            errors.put("heldOn", "care.error.date");
        } else if (on.isBefore(today.minusYears(MAX_YEARS_AWAY)) || on.isAfter(today.plusYears(MAX_YEARS_AWAY))) {
            errors.put("heldOn", "care.conference.error.heldOn");
        }
        Set<UUID> chosen = new LinkedHashSet<>();
        for (String m : membersOrEmpty()) {
            UUID id = FormParts.uuid(m);
            if (id == null || !team.contains(id)) {
                errors.put("members", "care.conference.error.member");
            } else {
                chosen.add(id);
            }
        }
        List<Outside> outside = new ArrayList<>();
        int rows = Math.max(outsideName == null ? 0 : outsideName.size(), outsideRole == null ? 0 : outsideRole.size());
        for (int i = 0; i < rows; i++) {
            String name = FormParts.text(outside(true, i));
            String role = FormParts.text(outside(false, i));
            if (name == null && role == null) {
                continue;
            }
            if (name == null || role == null) {
                errors.put("outsideName", "care.conference.error.outside");
            } else if (name.length() > MAX_NAME || role.length() > MAX_NAME) {
                errors.put("outsideName", "care.error.tooLong");
            } else {
                outside.add(new Outside(name, role));
            }
        }
        if (chosen.isEmpty() && !errors.containsKey("members")) {
            errors.put("members", "care.conference.error.noMember");
        }
        String said = FormParts.text(decisions);
        if (said != null && said.length() > MAX_DECISIONS) {
            errors.put("decisions", "care.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw Rejection.of("error.validation", errors).exception();
        }
        return new Parsed(on, chosen, outside, said);
    }
}
