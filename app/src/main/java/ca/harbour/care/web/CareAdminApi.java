package ca.harbour.care.web;

import ca.harbour.care.internal.CareTeams;
import ca.harbour.care.internal.MemberFunction;
import ca.harbour.care.internal.TeamAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** CARE teams for administrators' machines: the teams, creating one, adding and removing members (audited). */
@RestController
@RequestMapping("/api/v1/care/teams")
@PreAuthorize("hasAuthority('CARE_TEAM:MANAGE')")
@Tag(name = "CARE teams", description = "Creating CARE teams and managing their members (administrators)")
class CareAdminApi {

    private final TeamAdmin admin;

    CareAdminApi(TeamAdmin admin) {
        this.admin = admin;
    }

    record TeamItem(UUID id, String name, boolean demo) {}

    record MemberItem(
            UUID userId,
            MemberFunction function,
            Instant addedAt,
            @Nullable Instant removedAt) {}

    record NewTeam(@Nullable String name) {}

    /** {@code function} null takes the default of the member's organization type. */
    record NewMember(@Nullable UUID userId, @Nullable MemberFunction function) {}

    record Created(UUID id) {}

    @GetMapping
    @Operation(summary = "Every CARE team")
    List<TeamItem> teams() {
        return admin.all().stream()
                .map(t -> new TeamItem(t.id(), t.name(), t.demo()))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a team")
    Created create(@RequestBody NewTeam body) {
        return new Created(admin.create(body.name()));
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "A team's current and past members")
    List<MemberItem> members(@PathVariable UUID id) {
        admin.team(id);
        return admin.members(id).stream().map(CareAdminApi::member).toList();
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add a CARE member to the team")
    List<MemberItem> add(@PathVariable UUID id, @RequestBody NewMember body) {
        admin.addMember(id, body.userId(), body.function());
        return members(id);
    }

    @DeleteMapping("/{id}/members/{userId}")
    @Operation(summary = "Remove a member: their access to the team's youth ends at once")
    List<MemberItem> remove(@PathVariable UUID id, @PathVariable UUID userId) {
        admin.removeMember(id, userId);
        return members(id);
    }

    private static MemberItem member(CareTeams.Member m) {
        return new MemberItem(m.userId(), m.function(), m.addedAt(), m.removedAt());
    }
}
