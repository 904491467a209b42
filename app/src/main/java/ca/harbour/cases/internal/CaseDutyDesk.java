package ca.harbour.cases.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseChildProtection;
import ca.harbour.cases.internal.CaseDutyReports.Report;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.ChildProtectionAge;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The under-16 pathway of a case and its duty-to-report steps ({@link UnderSixteen} decides): one step per person
 * recorded under 18 (other than a suspected trafficker), required under 16 and overdue until the report is
 * recorded, offered at 16 or 17.
 */
@Service
public class CaseDutyDesk implements CaseChildProtection {

    private final CaseDesk desk;
    private final CaseRecords cases;
    private final PersonRecords people;
    private final CaseDutyReports reports;
    private final OrganizationLookup organizations;
    private final Audit audit;
    private final Clock clock;

    CaseDutyDesk(
            CaseDesk desk,
            CaseRecords cases,
            PersonRecords people,
            CaseDutyReports reports,
            OrganizationLookup organizations,
            Audit audit,
            Clock clock) {
        this.desk = desk;
        this.cases = cases;
        this.people = people;
        this.reports = reports;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person's step: what the law asks, the report once made, and whether it is overdue. */
    public record Step(
            CasePerson person,
            ChildProtectionAge.Duty duty,
            @Nullable Report report) {
        public boolean overdue() {
            return duty == ChildProtectionAge.Duty.REQUIRED && report == null;
        }
    }

    @Override
    public boolean underSixteenPathway(UUID caseId) {
        return cases.find(caseId).map(this::underSixteen).orElse(false);
    }

    /** The case's survivor was under 16 when it was opened. */
    public boolean underSixteen(CaseRow row) {
        return UnderSixteen.pathway(
                people.forCase(row.id(), false), LocalDate.ofInstant(row.openedAt(), clock.getZone()), clock.getZone());
    }

    /** The case's steps (the case already read by the caller), in the order the people were recorded. */
    public List<Step> steps(CaseRow row) {
        Map<UUID, Report> made =
                reports.forCase(row.id()).stream().collect(Collectors.toMap(Report::personId, Function.identity()));
        return people.forCase(row.id(), false).stream()
                .map(p -> new Step(p, UnderSixteen.duty(p, clock.getZone()), made.get(p.id())))
                .filter(s -> s.duty() != ChildProtectionAge.Duty.NONE)
                .toList();
    }

    /** The viewer's read of the case's steps (the case read audited). */
    @Transactional
    public List<Step> read(StaffPrincipal viewer, UUID caseId) {
        return steps(desk.read(viewer, caseId));
    }

    @Transactional
    public void record(StaffPrincipal viewer, UUID caseId, UUID personId, DutyReportForm form) {
        CaseRow row = desk.changeable(viewer, caseId);
        if (row.status().closed()) {
            throw Rejection.of("cases.workflow.error.closed").exception();
        }
        Step step = steps(row).stream()
                .filter(s -> s.person().id().equals(personId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        Report report = form.parse(personId, societyIds(), LocalDate.now(clock), clock.instant());
        if (step.report() != null || !reports.insert(caseId, report, viewer.userId())) {
            throw Rejection.of("cases.duty.error.already").exception();
        }
        audit.record(AuditAction.UPDATE, "case", caseId, "duty to report recorded");
    }

    /** The active children's aid societies, by name. */
    public List<Organization> societies() {
        return organizations.active(Set.of(OrganizationType.CHILDRENS_AID_SOCIETY));
    }

    private Set<UUID> societyIds() {
        return societies().stream().map(Organization::id).collect(Collectors.toUnmodifiableSet());
    }
}
