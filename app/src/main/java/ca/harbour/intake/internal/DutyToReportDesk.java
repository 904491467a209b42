package ca.harbour.intake.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.Scope;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.internal.DutyToReportRule.Requirement;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.domain.ChildProtectionReport.Report;
import ca.harbour.platform.domain.ChildProtectionReport.Status;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report to a children's aid society for a contact about a person under 16: where it stands, recording it
 * (by the signed-in advocate, to a society from the directory of organizations), and the reports overdue.
 * The same access as the contact; recording is audited as a change of the contact.
 */
@Service
public class DutyToReportDesk {

    private final ContactDesk desk;
    private final DutyToReports reports;
    private final OrganizationLookup organizations;
    private final Audit audit;
    private final Clock clock;
    private final PlatformSettings settings;

    DutyToReportDesk(
            ContactDesk desk,
            DutyToReports reports,
            OrganizationLookup organizations,
            Audit audit,
            Clock clock,
            PlatformSettings settings) {
        this.desk = desk;
        this.reports = reports;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Where a contact's report stands.
     *
     * @param overdue required, not recorded, and the contact is finished
     * @param report the report once recorded, else null
     * @param birthDate the person's date of birth, when recorded (it then decides over the age band)
     * @param shown whether the contact page shows the section: the person may be a minor, or something is recorded
     */
    public record View(
            UUID contactId,
            Status status,
            boolean overdue,
            DutyToReports.@Nullable Recorded report,
            DutyToReports.@Nullable BirthDate birthDate,
            List<Organization> societies,
            boolean shown) {}

    /** For a contact the viewer already opened (its read is audited there). */
    @Transactional(readOnly = true)
    public View view(StaffPrincipal viewer, Contacts.Contact contact) {
        if (!AccessPolicy.permits(
                viewer, ContactDesk.READ, Ownership.of(contact.organizationId(), contact.advocateId()))) {
            throw NotFoundException.refused("contact", contact.id());
        }
        return viewOf(contact);
    }

    @Transactional
    public View read(StaffPrincipal viewer, UUID contactId) {
        Contacts.Contact contact = desk.visible(viewer, contactId, ContactDesk.READ);
        audit.record(AuditAction.READ, "contact", contactId, "duty to report");
        return viewOf(contact);
    }

    /** Records (or corrects) the report; a refusal changes nothing. */
    @Transactional
    public View record(StaffPrincipal viewer, UUID contactId, Report report) {
        Contacts.Contact contact = desk.visible(viewer, contactId, ContactDesk.UPDATE);
        DutyToReports.BirthDate birthDate = reports.birthDate(contactId).orElse(null);
        List<Organization> societies = societies();
        boolean known = societies.stream().anyMatch(s -> s.id().equals(report.societyId()));
        DutyToReportRule.check(report, contact.startedAt(), clock.instant(), known, requirement(contact, birthDate))
                .ifPresent(rejection -> {
                    throw rejection.exception();
                });
        reports.save(
                contactId,
                report.societyId(),
                report.reportedAt(),
                viewer.userId(),
                report.reference().strip(),
                false);
        audit.record(AuditAction.UPDATE, "contact", contactId, "duty to report recorded");
        return viewOf(contact);
    }

    /**
     * Records the date of birth of the person the contact is about; the age it gives on the day of the contact
     * decides whether a report is required. A refusal changes nothing.
     */
    @Transactional
    public View recordBirthDate(StaffPrincipal viewer, UUID contactId, @Nullable LocalDate birthDate) {
        Contacts.Contact contact = desk.visible(viewer, contactId, ContactDesk.UPDATE);
        LocalDate contactDay = LocalDate.ofInstant(contact.startedAt(), settings.zone());
        DutyToReportRule.checkBirthDate(birthDate, contactDay).ifPresent(rejection -> {
            throw rejection.exception();
        });
        reports.saveBirthDate(contactId, birthDate, DutyToReportRule.ageOn(birthDate, contactDay), viewer.userId());
        audit.record(AuditAction.UPDATE, "contact", contactId, "birth date recorded");
        return viewOf(contact);
    }

    /** Contacts the viewer may see whose required report is overdue, oldest first. */
    @Transactional
    public List<DutyToReports.Overdue> overdue(StaffPrincipal viewer) {
        List<DutyToReports.Overdue> list = reports.overdue(desk.scope(viewer), 200);
        audit.recordList(
                AuditAction.SEARCH,
                "contact",
                "overdue duty to report",
                list.stream().map(DutyToReports.Overdue::contactId).toList());
        return list;
    }

    /** How many reports the viewer could see as overdue: a number only, so nothing to audit. */
    public int overdueCount(StaffPrincipal viewer) {
        if (AccessPolicy.scope(viewer, ContactDesk.READ) == Scope.NONE) {
            return 0;
        }
        return reports.countOverdue(desk.scope(viewer));
    }

    private View viewOf(Contacts.Contact contact) {
        DutyToReports.Recorded recorded = reports.find(contact.id()).orElse(null);
        DutyToReports.BirthDate birthDate = reports.birthDate(contact.id()).orElse(null);
        Requirement requirement = requirement(contact, birthDate);
        boolean complete = "COMPLETE".equals(contact.status());
        boolean shown = requirement != Requirement.NONE
                || recorded != null
                || birthDate != null
                || "UNKNOWN".equals(contact.form().ageBand());
        return new View(
                contact.id(),
                DutyToReportRule.status(requirement, recorded != null),
                DutyToReportRule.overdue(requirement, recorded != null, complete),
                recorded,
                birthDate,
                requirement == Requirement.NONE ? List.of() : societies(),
                shown);
    }

    private static Requirement requirement(Contacts.Contact contact, DutyToReports.@Nullable BirthDate birthDate) {
        return DutyToReportRule.forContact(
                birthDate == null ? null : birthDate.ageAtContact(),
                contact.form().ageBand());
    }

    private List<Organization> societies() {
        return organizations.active(Set.of(OrganizationType.CHILDRENS_AID_SOCIETY));
    }
}
