package ca.harbour.care.web;

import ca.harbour.care.internal.ActionForm;
import ca.harbour.care.internal.CareActions.Action;
import ca.harbour.care.internal.CareBoardActions;
import ca.harbour.care.internal.CareConferences.Attendee;
import ca.harbour.care.internal.CareConferences.Conference;
import ca.harbour.care.internal.CareConferences.Share;
import ca.harbour.care.internal.ConferenceDesk;
import ca.harbour.care.internal.ConferenceForm;
import ca.harbour.care.internal.ShareForm;
import ca.harbour.care.internal.YouthConsent;
import ca.harbour.care.internal.YouthConsentDesk;
import ca.harbour.care.internal.YouthConsentForm;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A youth's consents, case conferences and intervention plans for machines, under the same rules as the pages: only
 * the youth's team, every read audited, each shared item on a consent or a legal basis, bad input answered with
 * Problem Details naming each field.
 */
@RestController
@RequestMapping("/api/v1/care")
@Tag(name = "CARE conferences", description = "A youth's consents, case conferences and intervention plans")
class CareConferencesApi {

    private final YouthConsentDesk consents;
    private final ConferenceDesk conferences;
    private final CareBoardActions board;

    CareConferencesApi(YouthConsentDesk consents, ConferenceDesk conferences, CareBoardActions board) {
        this.consents = consents;
        this.conferences = conferences;
        this.board = board;
    }

    /** A conference with what it holds. */
    record ConferenceDetail(
            Conference conference, List<Attendee> attendees, List<Share> shared, List<Action> actions) {}

    /** An open action on the board. */
    record DueAction(
            UUID id,
            UUID youthId,
            UUID conferenceId,
            UUID teamId,
            String description,
            UUID ownerId,
            LocalDate dueOn,
            boolean overdue) {}

    /** Marking an action done ({@code true}) or not done again ({@code false}). */
    record Done(@Nullable Boolean done) {}

    @GetMapping("/youth/{id}/consents")
    @PreAuthorize("hasAuthority('CARE_YOUTH:READ')")
    @Operation(summary = "The youth's consents, newest first, withdrawn ones included")
    List<YouthConsent> consents(@PathVariable UUID id) {
        return consents.list(CurrentStaff.require(), id).consents();
    }

    @PostMapping("/youth/{id}/consents")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Records a consent: recipient TEAM or an organization id; categories, dates as ISO; a verbal"
                    + " consent names its witness")
    YouthConsent recordConsent(@PathVariable UUID id, @RequestBody YouthConsentForm body) {
        UUID consent = consents.record(CurrentStaff.require(), id, body);
        return one(id, consent);
    }

    @PostMapping("/youth/{id}/consents/{consentId}/withdrawal")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    @Operation(summary = "Withdraws a consent; it allows nothing from this moment")
    YouthConsent withdraw(@PathVariable UUID id, @PathVariable UUID consentId) {
        consents.withdraw(CurrentStaff.require(), id, consentId);
        return one(id, consentId);
    }

    @GetMapping("/youth/{id}/conferences")
    @PreAuthorize("hasAuthority('CARE_YOUTH:READ')")
    @Operation(summary = "The youth's case conferences, latest first")
    List<Conference> conferences(@PathVariable UUID id) {
        return conferences.list(CurrentStaff.require(), id);
    }

    @PostMapping("/youth/{id}/conferences")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Records a conference: its date, team members present (ids), people from outside (names and"
                    + " roles, pairwise) and decisions")
    ConferenceDetail create(@PathVariable UUID id, @RequestBody ConferenceForm body) {
        return detail(id, conferences.create(CurrentStaff.require(), id, body));
    }

    @GetMapping("/youth/{id}/conferences/{conferenceId}")
    @PreAuthorize("hasAuthority('CARE_YOUTH:READ')")
    @Operation(summary = "One conference: attendees, information shared with its ground, the intervention plan")
    ConferenceDetail conference(@PathVariable UUID id, @PathVariable UUID conferenceId) {
        return detail(id, conferenceId);
    }

    @PostMapping("/youth/{id}/conferences/{conferenceId}/shares")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Records an item shared: basis CONSENT with a consent covering it on the conference's date,"
                    + " or a legal basis with a reason; refused otherwise")
    ConferenceDetail share(@PathVariable UUID id, @PathVariable UUID conferenceId, @RequestBody ShareForm body) {
        conferences.share(CurrentStaff.require(), id, conferenceId, body);
        return detail(id, conferenceId);
    }

    @PostMapping("/youth/{id}/conferences/{conferenceId}/actions")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds an action to the intervention plan: description, owner (a team member), due date")
    ConferenceDetail addAction(@PathVariable UUID id, @PathVariable UUID conferenceId, @RequestBody ActionForm body) {
        conferences.addAction(CurrentStaff.require(), id, conferenceId, body);
        return detail(id, conferenceId);
    }

    @PostMapping("/youth/{id}/conferences/{conferenceId}/actions/{actionId}/done")
    @PreAuthorize("hasAuthority('CARE_YOUTH:UPDATE')")
    @Operation(summary = "Marks an action done, or not done again with done false")
    ConferenceDetail done(
            @PathVariable UUID id,
            @PathVariable UUID conferenceId,
            @PathVariable UUID actionId,
            @RequestBody Done body) {
        conferences.markDone(CurrentStaff.require(), id, conferenceId, actionId, !Boolean.FALSE.equals(body.done()));
        return detail(id, conferenceId);
    }

    @GetMapping("/actions")
    @PreAuthorize("hasAuthority('CARE_YOUTH:READ')")
    @Operation(summary = "The open actions of the caller's teams that are overdue or due by Sunday (due=week)")
    List<DueAction> due(@RequestParam(defaultValue = "week") String due) {
        if (!"week".equals(due)) {
            throw Rejection.field("due", "care.error.code").exception();
        }
        return board.dueThisWeek(CurrentStaff.require()).stream()
                .map(r -> {
                    Action a = r.due().action();
                    return new DueAction(
                            a.id(),
                            a.youthId(),
                            a.conferenceId(),
                            r.due().teamId(),
                            a.description(),
                            a.ownerId(),
                            a.dueOn(),
                            r.overdue());
                })
                .toList();
    }

    private YouthConsent one(UUID youthId, UUID consentId) {
        return consents.list(CurrentStaff.require(), youthId).consents().stream()
                .filter(c -> c.id().equals(consentId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private ConferenceDetail detail(UUID youthId, UUID conferenceId) {
        ConferenceDesk.View v = conferences.read(CurrentStaff.require(), youthId, conferenceId);
        return new ConferenceDetail(v.conference(), v.attendees(), v.shares(), v.actions());
    }
}
