package ca.harbour.care.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.care.internal.CareActions.Action;
import ca.harbour.care.internal.CareConferences.Attendee;
import ca.harbour.care.internal.CareConferences.Conference;
import ca.harbour.care.internal.CareConferences.Share;
import ca.harbour.care.internal.CareYouthRecords.Youth;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A youth's case conferences: recording one with its attendees, sharing information at it (each item on a consent
 * that covers it or a legal basis with a reason, as {@link SharingRule} decides), and its intervention plan. Every
 * read and change goes through {@link CareDesk} for the conference's youth and is audited.
 */
@Service
public class ConferenceDesk {

    private final CareDesk desk;
    private final CareTeams teams;
    private final CareConferences conferences;
    private final CareActions actions;
    private final YouthConsents consents;
    private final YouthConsentDesk consentDesk;
    private final Audit audit;
    private final Clock clock;
    private final PlatformSettings platform;

    ConferenceDesk(
            CareDesk desk,
            CareTeams teams,
            CareConferences conferences,
            CareActions actions,
            YouthConsents consents,
            YouthConsentDesk consentDesk,
            Audit audit,
            Clock clock,
            PlatformSettings platform) {
        this.desk = desk;
        this.teams = teams;
        this.conferences = conferences;
        this.actions = actions;
        this.consents = consents;
        this.consentDesk = consentDesk;
        this.audit = audit;
        this.clock = clock;
        this.platform = platform;
    }

    /** One conference with all it holds. */
    public record View(
            Youth youth,
            Conference conference,
            List<Attendee> attendees,
            List<Share> shares,
            List<Action> actions,
            List<YouthConsent> consents) {}

    /** Today in the zone dates are shown in. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), platform.zone());
    }

    /** The youth's conferences, latest first (audited). */
    @Transactional
    public List<Conference> list(StaffPrincipal viewer, UUID youthId) {
        desk.read(viewer, youthId);
        List<Conference> all = conferences.forYouth(youthId);
        audit.recordList(
                AuditAction.READ,
                "care_conference",
                "youth conferences",
                all.stream().map(Conference::id).toList());
        return all;
    }

    @Transactional
    public View read(StaffPrincipal viewer, UUID youthId, UUID conferenceId) {
        Youth youth = desk.read(viewer, youthId);
        Conference c = ofYouth(youthId, conferenceId);
        audit.record(AuditAction.READ, "care_conference", conferenceId);
        List<YouthConsent> shown = consents.forYouth(youthId);
        // the consents the page offers as grounds are read like the consents page reads them
        audit.recordList(
                AuditAction.READ,
                "care_consent",
                "youth consents",
                shown.stream().map(YouthConsent::id).toList());
        return new View(
                youth,
                c,
                conferences.attendees(conferenceId),
                conferences.shares(conferenceId),
                actions.forConference(conferenceId),
                shown);
    }

    @Transactional
    public UUID create(StaffPrincipal viewer, UUID youthId, ConferenceForm form) {
        Youth youth = desk.changeable(viewer, youthId);
        ConferenceForm.Parsed parsed = form.parse(teams.currentMemberIds(youth.teamId()), today());
        UUID id = UUID.randomUUID();
        conferences.insert(new Conference(
                id, youthId, parsed.heldOn(), parsed.decisions(), viewer.userId(), clock.instant(), false));
        for (UUID member : parsed.members()) {
            conferences.addAttendee(id, new CareConferences.Attendee(UUID.randomUUID(), member, null, null));
        }
        for (ConferenceForm.Outside o : parsed.outside()) {
            conferences.addAttendee(id, new CareConferences.Attendee(UUID.randomUUID(), null, o.name(), o.role()));
        }
        audit.record(AuditAction.CREATE, "care_conference", id, "recorded");
        return id;
    }

    /** Records an item shared at the conference, or refuses it when neither a consent nor a legal basis allows it. */
    @Transactional
    public UUID share(StaffPrincipal viewer, UUID youthId, UUID conferenceId, ShareForm form) {
        Youth youth = desk.changeable(viewer, youthId);
        Conference c = ofYouth(youthId, conferenceId);
        SharingRule.Item item = form.parse(consentDesk.organizationIds());
        Instant now = clock.instant();
        SharingRule.Decision decision = SharingRule.decide(
                item,
                c.heldOn(),
                now,
                consents.forYouth(youthId),
                new HashSet<>(conferences.teamOrganizations(youth.teamId())));
        if (decision instanceof SharingRule.Refused refused) {
            throw refused.rejection().exception();
        }
        SharingRule.Allowed allowed = (SharingRule.Allowed) decision;
        UUID id = UUID.randomUUID();
        conferences.addShare(
                conferenceId,
                new Share(
                        id,
                        item.category(),
                        item.organizationId(),
                        item.basis(),
                        allowed.consentId(),
                        allowed.reason(),
                        viewer.userId(),
                        now));
        if (item.basis().legal()) {
            audit.record(
                    AuditAction.EXCEPTION_GRANTED,
                    "care_conference",
                    conferenceId,
                    "shared on legal basis " + item.basis().name().toLowerCase(Locale.ROOT));
        } else {
            audit.record(AuditAction.UPDATE, "care_conference", conferenceId, "shared with consent");
        }
        return id;
    }

    @Transactional
    public UUID addAction(StaffPrincipal viewer, UUID youthId, UUID conferenceId, ActionForm form) {
        Youth youth = desk.changeable(viewer, youthId);
        ofYouth(youthId, conferenceId);
        ActionForm.Parsed parsed = form.parse(teams.currentMemberIds(youth.teamId()), today());
        UUID id = UUID.randomUUID();
        actions.insert(
                new Action(id, conferenceId, youthId, parsed.description(), parsed.ownerId(), parsed.dueOn(), null));
        audit.record(AuditAction.CREATE, "care_action", id, "planned");
        return id;
    }

    @Transactional
    public void markDone(StaffPrincipal viewer, UUID youthId, UUID conferenceId, UUID actionId, boolean done) {
        desk.changeable(viewer, youthId);
        ofYouth(youthId, conferenceId);
        Action action = actions.find(actionId)
                .filter(a -> a.conferenceId().equals(conferenceId))
                .orElseThrow(() -> NotFoundException.refused("care_action", actionId));
        if (!actions.markDone(action.id(), done, viewer.userId(), clock.instant())) {
            throw Rejection.field("actions", done ? "care.action.error.alreadyDone" : "care.action.error.notDone")
                    .exception();
        }
        audit.record(AuditAction.UPDATE, "care_action", actionId, done ? "done" : "reopened");
    }

    /** The youth, when the viewer may read it (the read itself is audited by the list or page that shows it). */
    public Youth youth(StaffPrincipal viewer, UUID youthId) {
        return desk.readable(viewer, youthId);
    }

    /** The team's current members, for the attendee and owner choices. */
    public Set<UUID> teamMembers(Youth youth) {
        return teams.currentMemberIds(youth.teamId());
    }

    private Conference ofYouth(UUID youthId, UUID conferenceId) {
        return conferences
                .find(conferenceId)
                .filter(c -> c.youthId().equals(youthId))
                .orElseThrow(() -> NotFoundException.refused("care_conference", conferenceId));
    }
}
