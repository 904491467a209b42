package ca.harbour.care.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.care.internal.CareTeams.Team;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffLookup;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's work on CARE teams: creating a team, adding a CARE member (their function defaults from
 * their organization's type, {@link MemberFunction#of}) and removing one, which ends their access at once. No
 * youth's data is read here; every change is audited.
 */
@Service
public class TeamAdmin {

    public static final int NAME_MAX = 120;

    /** A CARE_MEMBER account that may be added to a team. */
    public record Candidate(
            UUID userId,
            String displayName,
            String organizationName,
            OrganizationType organizationType,
            MemberFunction defaultFunction) {}

    private final CareTeams teams;
    private final OrganizationLookup organizations;
    private final StaffLookup staff;
    private final Audit audit;
    private final Clock clock;

    TeamAdmin(CareTeams teams, OrganizationLookup organizations, StaffLookup staff, Audit audit, Clock clock) {
        this.teams = teams;
        this.organizations = organizations;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Team> all() {
        return teams.all();
    }

    public Team team(UUID teamId) {
        return teams.find(teamId).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public UUID create(@Nullable String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw Rejection.field("name", "care.error.teamName").exception();
        }
        if (text.length() > NAME_MAX) {
            throw Rejection.field("name", "care.error.teamNameTooLong").exception();
        }
        if (teams.all().stream().anyMatch(t -> t.name().equalsIgnoreCase(text))) {
            throw Rejection.field("name", "care.error.teamNameTaken").exception();
        }
        UUID id = teams.create(text, false);
        audit.record(AuditAction.CREATE, "care_team", id);
        return id;
    }

    /** Adds (or brings back) a CARE member; {@code function} null takes the default of their organization. */
    @Transactional
    public void addMember(UUID teamId, @Nullable UUID userId, @Nullable MemberFunction function) {
        team(teamId);
        Optional<Candidate> candidate =
                candidates().stream().filter(c -> c.userId().equals(userId)).findFirst();
        if (candidate.isEmpty()) {
            throw Rejection.field("userId", "care.error.memberNotCareMember").exception();
        }
        MemberFunction chosen = function == null ? candidate.get().defaultFunction() : function;
        if (!MemberFunction.allowedFor(candidate.get().organizationType()).contains(chosen)) {
            throw Rejection.field("function", "care.error.functionForOrganization")
                    .exception();
        }
        teams.addMember(teamId, userId, chosen, clock.instant());
        audit.record(AuditAction.UPDATE, "care_team", teamId, "member added: " + chosen.name());
        // who joined, on the account's own trail: who could see a team's youth when can be told from the audit
        audit.record(AuditAction.UPDATE, "user", userId, "added to a CARE team");
    }

    @Transactional
    public void removeMember(UUID teamId, UUID userId) {
        team(teamId);
        if (!teams.removeMember(teamId, userId, clock.instant())) {
            throw Rejection.of("care.error.notMember").exception();
        }
        audit.record(AuditAction.UPDATE, "care_team", teamId, "member removed");
        audit.record(AuditAction.UPDATE, "user", userId, "removed from a CARE team");
    }

    public List<CareTeams.Member> members(UUID teamId) {
        return teams.members(teamId);
    }

    /** Staff names (display names only) of team members. */
    public Map<UUID, String> names(Collection<UUID> userIds) {
        return staff.names(userIds);
    }

    /** Every active CARE_MEMBER account, with its organization, by name. */
    public List<Candidate> candidates() {
        List<Candidate> all = new ArrayList<>();
        for (Organization org : organizations.active(EnumSet.allOf(OrganizationType.class))) {
            staff.activeIn(org.id(), Set.of(Role.CARE_MEMBER))
                    .forEach(s -> all.add(new Candidate(
                            s.id(), s.displayName(), org.name(), org.type(), MemberFunction.of(org.type()))));
        }
        all.sort(Comparator.comparing(Candidate::displayName, String.CASE_INSENSITIVE_ORDER));
        return all;
    }
}
