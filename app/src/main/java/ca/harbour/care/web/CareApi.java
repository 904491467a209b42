package ca.harbour.care.web;

import ca.harbour.care.internal.CareNotes;
import ca.harbour.care.internal.CareTeams;
import ca.harbour.care.internal.CareYouthRecords.Youth;
import ca.harbour.care.internal.IndigenousIdentity;
import ca.harbour.care.internal.MemberFunction;
import ca.harbour.care.internal.NoteVisibility.Basis;
import ca.harbour.care.internal.TeamBoard;
import ca.harbour.care.internal.YouthFile;
import ca.harbour.care.internal.YouthNotes;
import ca.harbour.care.internal.YouthReferral;
import ca.harbour.care.internal.YouthReferrals;
import ca.harbour.care.internal.YouthSource;
import ca.harbour.care.internal.YouthStatus;
import ca.harbour.care.internal.YouthWork;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.domain.ChildProtectionReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * CARE for machines, under the same rules as the pages: the caller's team board, one youth (404 to anyone outside
 * its team), referring a youth, and the team's work on a youth. A refusal is a Problem Details body naming each
 * field at fault.
 */
@RestController
@RequestMapping("/api/v1/care")
@Tag(name = "CARE units", description = "Youth referred to CARE teams, the team's work on them and the team board")
class CareApi {

    private final TeamBoard board;
    private final YouthFile file;
    private final YouthReferrals referrals;
    private final YouthWork work;
    private final YouthNotes notes;

    CareApi(TeamBoard board, YouthFile file, YouthReferrals referrals, YouthWork work, YouthNotes notes) {
        this.board = board;
        this.file = file;
        this.referrals = referrals;
        this.work = work;
        this.notes = notes;
    }

    /** A youth in a list: no name, no date of birth. */
    record YouthItem(
            UUID id,
            UUID teamId,
            YouthStatus status,
            YouthSource source,
            @Nullable Integer ageAtReferral,
            boolean ageEstimated,
            IndigenousIdentity indigenousIdentity,
            Instant referredAt,
            @Nullable Instant firstContactAt) {
        static YouthItem of(Youth y) {
            return new YouthItem(
                    y.id(),
                    y.teamId(),
                    y.status(),
                    y.source(),
                    y.ageAtReferral(),
                    y.ageEstimated(),
                    y.indigenousIdentity(),
                    y.referredAt(),
                    y.firstContactAt());
        }
    }

    /** A youth flagged on the board (overdue report or pending liaison offer). */
    record Flag(UUID youthId, Instant referredAt, @Nullable Integer ageAtReferral, boolean liaisonOffered) {}

    /**
     * The board of one team: {@code counts} by status, one page of youth, the overdue reports to a children's aid
     * society, the pending liaison offers and the median seconds from referral to first contact over 90 days.
     */
    record BoardAnswer(
            @Nullable UUID teamId,
            List<UUID> teamIds,
            Map<YouthStatus, Integer> counts,
            List<YouthItem> youth,
            int page,
            int pages,
            List<Flag> dutyOverdue,
            List<Flag> liaisonPending,
            @Nullable Long medianSecondsToFirstContact) {}

    /** A note the caller may read, with its author's function and, once shared with police, its basis. */
    record NoteItem(
            UUID id,
            UUID authorId,
            MemberFunction authorFunction,
            String body,
            Instant writtenAt,
            @Nullable Basis sharedOn) {
        static NoteItem of(CareNotes.Note n) {
            return new NoteItem(n.id(), n.authorId(), n.authorFunction(), n.body(), n.writtenAt(), n.shareBasis());
        }
    }

    /** One youth with the team's work on it. {@code dutyStatus}: REQUIRED, OFFERED, NOT_APPLICABLE or REPORTED. */
    record YouthDetail(
            YouthItem youth,
            String label,
            @Nullable LocalDate birthDate,
            ChildProtectionReport.Status dutyStatus,
            boolean dutyOverdue,
            @Nullable UUID reportedToSocietyId,
            @Nullable Instant reportedAt,
            @Nullable String reportReference,
            @Nullable Instant liaisonOfferedAt,
            @Nullable Boolean liaisonTakenUp,
            List<YouthStatus> nextStatuses,
            List<NoteItem> notes) {}

    /** A referral: a date of birth or an age estimate (0 to 25); {@code sourceId} names a contact or case. */
    record NewYouth(
            @Nullable UUID teamId,
            @Nullable String label,
            @Nullable LocalDate birthDate,
            @Nullable Integer ageEstimate,
            @Nullable IndigenousIdentity indigenousIdentity,
            @Nullable YouthSource source,
            @Nullable UUID sourceId,
            @Nullable Map<String, Integer> screeningAnswers) {}

    record Created(UUID id) {}

    record DecisionBody(
            @Nullable YouthStatus status, @Nullable String reason) {}

    record WhenBody(@Nullable Instant at) {}

    /** {@code takenUp}: true, false, or null while the youth has not answered. */
    record LiaisonBody(
            @Nullable Instant offeredAt, @Nullable Boolean takenUp) {}

    record ReportBody(
            @Nullable UUID societyId,
            @Nullable Instant reportedAt,
            @Nullable String reference) {}

    record NoteBody(@Nullable String body) {}

    record ShareBody(@Nullable Basis basis, @Nullable String reason) {}

    @GetMapping("/board")
    @PreAuthorize("hasAuthority('CARE_YOUTH:READ')")
    @Operation(summary = "The team board (the caller's first team unless one is named)")
    BoardAnswer board(
            @RequestParam(required = false) @Nullable UUID team,
            @RequestParam(required = false) @Nullable YouthStatus status,
            @RequestParam(defaultValue = "1") int page) {
        TeamBoard.Board b = board.board(CurrentStaff.require(), team, status, page);
        return new BoardAnswer(
                b.team() == null ? null : b.team().id(),
                b.teams().stream().map(CareTeams.Team::id).toList(),
                b.counts(),
                b.youth().stream().map(YouthItem::of).toList(),
                b.page(),
                b.pages(),
                b.dutyOverdue().stream().map(CareApi::flag).toList(),
                b.liaisonPending().stream().map(CareApi::flag).toList(),
                b.medianToFirstContact() == null
                        ? null
                        : b.medianToFirstContact().toSeconds());
    }

    @GetMapping("/youth/{id}")
    @PreAuthorize("hasAuthority('CARE_YOUTH:READ')")
    @Operation(summary = "One youth of the caller's team, with the notes the caller's function may read")
    YouthDetail youth(@PathVariable UUID id) {
        YouthFile.View v = file.view(CurrentStaff.require(), id);
        return new YouthDetail(
                YouthItem.of(v.youth()),
                v.youth().label(),
                v.youth().birthDate(),
                v.dutyStatus(),
                v.dutyOverdue(),
                v.report() == null ? null : v.report().societyId(),
                v.report() == null ? null : v.report().reportedAt(),
                v.report() == null ? null : v.report().reference(),
                v.liaison() == null ? null : v.liaison().offeredAt(),
                v.liaison() == null ? null : v.liaison().takenUp(),
                v.choices(),
                v.notes().stream().map(NoteItem::of).toList());
    }

    /** A team a youth may be referred to. */
    record TeamChoice(UUID id, String name) {}

    @GetMapping("/referral-teams")
    @PreAuthorize("hasAuthority('CARE_YOUTH:CREATE')")
    @Operation(summary = "The CARE teams a youth may be referred to")
    List<TeamChoice> referralTeams() {
        return referrals.teams().stream()
                .map(t -> new TeamChoice(t.id(), t.name()))
                .toList();
    }

    @PostMapping("/youth")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('CARE_YOUTH:CREATE')")
    @Operation(summary = "Refer a youth to a CARE team, with the youth screening's answers when screened")
    Created refer(@RequestBody NewYouth body) {
        YouthReferral referral = new YouthReferral(
                body.teamId(),
                body.label(),
                body.birthDate(),
                body.ageEstimate(),
                body.indigenousIdentity(),
                body.source(),
                body.sourceId());
        Map<String, Integer> answers = body.screeningAnswers() == null ? Map.of() : body.screeningAnswers();
        return new Created(referrals.refer(CurrentStaff.require(), referral, answers));
    }

    @PostMapping("/youth/{id}/decision")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    @Operation(summary = "Record the intake decision (or closing an accepted youth) with its reason")
    YouthDetail decide(@PathVariable UUID id, @RequestBody DecisionBody body) {
        work.decide(CurrentStaff.require(), id, body.status(), body.reason());
        return youth(id);
    }

    @PutMapping("/youth/{id}/first-contact")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    @Operation(summary = "Record when the team first reached the youth (by the caller)")
    YouthDetail firstContact(@PathVariable UUID id, @RequestBody WhenBody body) {
        work.firstContact(CurrentStaff.require(), id, body.at());
        return youth(id);
    }

    @PutMapping("/youth/{id}/liaison")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    @Operation(summary = "Record the Indigenous liaison offer and whether it was taken up")
    YouthDetail liaison(@PathVariable UUID id, @RequestBody LiaisonBody body) {
        work.offerLiaison(CurrentStaff.require(), id, body.offeredAt(), body.takenUp());
        return youth(id);
    }

    @PutMapping("/youth/{id}/duty-to-report")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    @Operation(summary = "Record the report to a children's aid society")
    YouthDetail report(@PathVariable UUID id, @RequestBody ReportBody body) {
        work.report(
                CurrentStaff.require(),
                id,
                new ChildProtectionReport.Report(body.societyId(), body.reportedAt(), body.reference()));
        return youth(id);
    }

    @PostMapping("/youth/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    @Operation(summary = "Write a team note (it carries the caller's function in the team)")
    Created note(@PathVariable UUID id, @RequestBody NoteBody body) {
        return new Created(notes.write(CurrentStaff.require(), id, body.body()));
    }

    @PostMapping("/youth/{id}/notes/{noteId}/share")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    @Operation(summary = "Share a child-protection note with the team's police members, on a recorded basis")
    YouthDetail share(@PathVariable UUID id, @PathVariable UUID noteId, @RequestBody ShareBody body) {
        notes.share(CurrentStaff.require(), id, noteId, body.basis(), body.reason());
        return youth(id);
    }

    private static Flag flag(TeamBoard.FlaggedYouth f) {
        return new Flag(
                f.flag().youthId(),
                f.flag().referredAt(),
                f.flag().ageAtReferral(),
                f.flag().offered());
    }
}
