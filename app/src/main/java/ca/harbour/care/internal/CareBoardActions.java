package ca.harbour.care.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.care.internal.CareActions.Due;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.PlatformSettings;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's follow-up of intervention plans: the open actions of the viewer's teams that are overdue or due by the
 * end of this week (Monday to Sunday, in the zone dates are shown in), through {@link CareDesk#listScope}.
 */
@Service
public class CareBoardActions {

    /** The most actions the board lists. */
    public static final int LIMIT = 200;

    private final CareActions actions;
    private final Audit audit;
    private final Clock clock;
    private final PlatformSettings platform;

    CareBoardActions(CareActions actions, Audit audit, Clock clock, PlatformSettings platform) {
        this.actions = actions;
        this.audit = audit;
        this.clock = clock;
        this.platform = platform;
    }

    /** An open action, with whether it is overdue today. */
    public record Row(Due due, boolean overdue) {}

    /** The open actions due this week or overdue, earliest first (the list audited). */
    @Transactional
    public List<Row> dueThisWeek(StaffPrincipal viewer) {
        return dueThisWeek(viewer, null);
    }

    /** The same, of one of the viewer's teams only ({@code teamId} null: all of them); only what is shown is audited. */
    @Transactional
    public List<Row> dueThisWeek(StaffPrincipal viewer, @Nullable UUID teamId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), platform.zone());
        List<Due> due = actions.openUntil(CareDesk.listScope(viewer), endOfWeek(today), LIMIT).stream()
                .filter(d -> teamId == null || d.teamId().equals(teamId))
                .toList();
        audit.recordList(
                AuditAction.READ,
                "care_action",
                "actions due this week",
                due.stream().map(d -> d.action().id()).toList());
        return due.stream().map(d -> new Row(d, d.action().overdue(today))).toList();
    }

    /** The Sunday that ends the week of {@code day} (the day itself when it is a Sunday). */
    public static LocalDate endOfWeek(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
