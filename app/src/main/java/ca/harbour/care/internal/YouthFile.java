package ca.harbour.care.internal;

import ca.harbour.care.internal.CareNotes.Note;
import ca.harbour.care.internal.CareYouthRecords.Youth;
import ca.harbour.care.internal.YouthWorkRecords.Decision;
import ca.harbour.care.internal.YouthWorkRecords.FirstContact;
import ca.harbour.care.internal.YouthWorkRecords.LiaisonOffer;
import ca.harbour.care.internal.YouthWorkRecords.Report;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Organization;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.StaffLookup;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.ChildProtectionAge;
import ca.harbour.platform.domain.ChildProtectionReport;
import ca.harbour.screening.Screenings;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the youth page and the API show of one youth, read through {@link CareDesk#read} (audited): the
 * referral, the decisions, the first contact, the liaison offer, the duty to report, the youth screening and the
 * notes the viewer's function lets them read.
 */
@Service
public class YouthFile {

    /** One youth as a member sees it. */
    public record View(
            Youth youth,
            String teamName,
            String referredByName,
            MemberFunction viewerFunction,
            boolean mayChange,
            ChildProtectionReport.Status dutyStatus,
            boolean dutyOverdue,
            @Nullable Report report,
            List<Organization> societies,
            List<Decision> decisions,
            List<YouthStatus> choices,
            @Nullable FirstContact firstContact,
            @Nullable LiaisonOffer liaison,
            List<Screenings.Recorded> screenings,
            List<Note> notes) {

        /**
         * Pending: a First Nations, Inuit or Métis youth the team is working with (received or accepted) with no
         * answer to the offer yet; the same as the board's list.
         */
        public boolean liaisonPending() {
            boolean open = youth.status() == YouthStatus.RECEIVED || youth.status() == YouthStatus.ACCEPTED;
            return open && youth.indigenousIdentity().indigenous() && (liaison == null || liaison.takenUp() == null);
        }
    }

    private final CareDesk desk;
    private final CareTeams teams;
    private final YouthWorkRecords work;
    private final YouthWork actions;
    private final YouthNotes notes;
    private final Screenings screenings;
    private final StaffLookup staff;

    YouthFile(
            CareDesk desk,
            CareTeams teams,
            YouthWorkRecords work,
            YouthWork actions,
            YouthNotes notes,
            Screenings screenings,
            StaffLookup staff) {
        this.desk = desk;
        this.teams = teams;
        this.work = work;
        this.actions = actions;
        this.notes = notes;
        this.screenings = screenings;
        this.staff = staff;
    }

    @Transactional
    public View view(StaffPrincipal viewer, UUID youthId) {
        Youth youth = desk.read(viewer, youthId);
        Report report = work.report(youthId).orElse(null);
        boolean mayChange = AccessPolicy.permits(
                viewer,
                CareContributions.CARE_YOUTH_UPDATE,
                new Ownership(youth.referredByOrganization(), teams.currentMemberIds(youth.teamId())));
        return new View(
                youth,
                teams.find(youth.teamId()).map(CareTeams.Team::name).orElse(""),
                staff.names(Set.of(youth.referredBy())).getOrDefault(youth.referredBy(), ""),
                desk.functionFor(viewer, youth),
                mayChange,
                YouthDuty.status(youth.ageAtReferral(), report != null),
                YouthDuty.overdue(youth.ageAtReferral(), report != null),
                report,
                YouthDuty.duty(youth.ageAtReferral()) == ChildProtectionAge.Duty.NONE ? List.of() : actions.societies(),
                work.decisions(youthId),
                YouthDecision.choices(youth.status()),
                work.firstContact(youthId).orElse(null),
                work.liaisonOffer(youthId).orElse(null),
                screenings.forSubject("care_youth", youthId),
                notes.readable(viewer, youth));
    }

    /** Whether the viewer may share the note with the team's police members. */
    public boolean mayShare(StaffPrincipal viewer, View view, Note note) {
        return view.mayChange() && notes.mayShare(viewer, view.youth(), note);
    }
}
