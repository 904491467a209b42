package ca.harbour.care.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.care.internal.CareBoards.Flagged;
import ca.harbour.care.internal.CareTeams.Team;
import ca.harbour.care.internal.CareYouthRecords.Youth;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's board: its youth by status (counts and a paged list), the reports to a children's aid society overdue,
 * the liaison offers pending, and the median time from referral to first contact over the last 90 days. A member
 * of several teams picks the team; a team the viewer is not a member of answers 404. The youth shown are audited.
 */
@Service
public class TeamBoard {

    public static final int PAGE_SIZE = 25;
    public static final int FLAGGED_MAX = 50;
    public static final int MEDIAN_DAYS = 90;

    /** A youth named on the board's short lists. */
    public record FlaggedYouth(Flagged flag, String label) {}

    /** The board; {@code team} null when the viewer is a member of no team. */
    public record Board(
            @Nullable Team team,
            List<Team> teams,
            Map<YouthStatus, Integer> counts,
            @Nullable YouthStatus status,
            List<Youth> youth,
            int page,
            int pages,
            List<FlaggedYouth> dutyOverdue,
            List<FlaggedYouth> liaisonPending,
            @Nullable Duration medianToFirstContact) {}

    private final CareTeams teams;
    private final CareYouthRecords youth;
    private final CareBoards boards;
    private final Audit audit;
    private final Clock clock;

    TeamBoard(CareTeams teams, CareYouthRecords youth, CareBoards boards, Audit audit, Clock clock) {
        this.teams = teams;
        this.youth = youth;
        this.boards = boards;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Board board(StaffPrincipal viewer, @Nullable UUID teamId, @Nullable YouthStatus status, int page) {
        List<Team> mine = teams.teamsOf(viewer.userId());
        if (teamId != null && mine.stream().noneMatch(t -> t.id().equals(teamId))) {
            throw NotFoundException.refused("care_team", teamId);
        }
        if (mine.isEmpty()) {
            return new Board(null, mine, Map.of(), status, List.of(), 0, 0, List.of(), List.of(), null);
        }
        Team team = teamId == null
                ? mine.get(0)
                : mine.stream().filter(t -> t.id().equals(teamId)).findFirst().orElseThrow();
        SqlPredicate scope = CareBoards.ofTeam(CareDesk.listScope(viewer), team.id());
        int total = boards.count(scope, status);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shownPage = Math.min(Math.max(page, 1), pages);
        List<Youth> rows = youth.list(scope, status, PAGE_SIZE, (shownPage - 1) * PAGE_SIZE);
        List<FlaggedYouth> overdue = named(boards.dutyOverdue(scope, FLAGGED_MAX));
        List<FlaggedYouth> liaison = named(boards.liaisonPending(scope, FLAGGED_MAX));
        List<UUID> shown = new ArrayList<>(rows.stream().map(Youth::id).toList());
        overdue.forEach(f -> shown.add(f.flag().youthId()));
        liaison.forEach(f -> shown.add(f.flag().youthId()));
        audit.recordList(
                AuditAction.SEARCH,
                "care_youth",
                "care board",
                shown.stream().distinct().toList());
        return new Board(
                team,
                mine,
                boards.counts(scope),
                status,
                rows,
                shownPage,
                pages,
                overdue,
                liaison,
                boards.medianToFirstContact(scope, clock.instant().minus(MEDIAN_DAYS, ChronoUnit.DAYS)));
    }

    private List<FlaggedYouth> named(List<Flagged> flagged) {
        return flagged.stream()
                .map(f -> new FlaggedYouth(
                        f, youth.find(f.youthId()).map(Youth::label).orElse("")))
                .toList();
    }
}
