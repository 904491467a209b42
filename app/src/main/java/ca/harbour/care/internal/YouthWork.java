package ca.harbour.care.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.care.internal.CareYouthRecords.Youth;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.ChildProtectionReport;
import ca.harbour.platform.domain.Rejection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team member's work on a youth: the intake decision and what follows it, the first contact, the Indigenous
 * liaison offer and the report to a children's aid society. Each goes through {@link CareDesk#changeable}, is
 * audited in the same transaction, and a refusal changes nothing.
 */
@Service
public class YouthWork {

    private final CareDesk desk;
    private final YouthWorkRecords records;
    private final OrganizationLookup organizations;
    private final Audit audit;
    private final Clock clock;

    YouthWork(CareDesk desk, YouthWorkRecords records, OrganizationLookup organizations, Audit audit, Clock clock) {
        this.desk = desk;
        this.records = records;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void decide(StaffPrincipal viewer, UUID youthId, @Nullable YouthStatus to, @Nullable String reason) {
        desk.changeable(viewer, youthId);
        YouthStatus now = records.lockStatus(youthId);
        if (YouthDecision.decide(now, to, reason) instanceof YouthDecision.Refused refused) {
            throw refused.rejection().exception();
        }
        records.decide(youthId, to, reason.strip(), viewer.userId(), clock.instant(), false);
        audit.record(AuditAction.UPDATE, "care_youth", youthId, "decision " + to.name());
    }

    /** Records (or corrects) when the team first reached the youth, by the signed-in member. */
    @Transactional
    public void firstContact(StaffPrincipal viewer, UUID youthId, @Nullable Instant at) {
        Youth youth = desk.changeable(viewer, youthId);
        checkTime("contactAt", at, youth.referredAt());
        records.firstContact(youthId, at, viewer.userId());
        audit.record(AuditAction.UPDATE, "care_youth", youthId, "first contact");
    }

    /** Records that the liaison was offered, when, and the youth's answer (null while there is none). */
    @Transactional
    public void offerLiaison(StaffPrincipal viewer, UUID youthId, @Nullable Instant at, @Nullable Boolean takenUp) {
        Youth youth = desk.changeable(viewer, youthId);
        if (!youth.indigenousIdentity().indigenous()) {
            throw Rejection.of("care.error.liaisonNotIndigenous").exception();
        }
        checkTime("offeredAt", at, youth.referredAt());
        records.offerLiaison(youthId, at, viewer.userId(), takenUp, false);
        audit.record(AuditAction.UPDATE, "care_youth", youthId, "liaison offer");
    }

    /** Records the report to a children's aid society, once: a second report is refused, never overwrites. */
    @Transactional
    public void report(StaffPrincipal viewer, UUID youthId, ChildProtectionReport.Report report) {
        Youth youth = desk.changeable(viewer, youthId);
        boolean known = societies().stream().anyMatch(s -> s.id().equals(report.societyId()));
        YouthDuty.check(report, youth.ageAtReferral(), youth.referredAt(), clock.instant(), known)
                .ifPresent(rejection -> {
                    throw rejection.exception();
                });
        if (!records.report(
                youthId,
                report.societyId(),
                report.reportedAt(),
                viewer.userId(),
                report.reference().strip(),
                false)) {
            throw Rejection.of("care.error.alreadyReported").exception();
        }
        audit.record(AuditAction.UPDATE, "care_youth", youthId, "duty to report recorded");
    }

    /** The children's aid societies a report may go to. */
    public List<Organization> societies() {
        return organizations.active(Set.of(OrganizationType.CHILDRENS_AID_SOCIETY));
    }

    private void checkTime(String field, @Nullable Instant at, Instant referredAt) {
        if (at == null) {
            throw Rejection.field(field, "care.error.when").exception();
        }
        if (at.isAfter(clock.instant())) {
            throw Rejection.field(field, "care.error.future").exception();
        }
        if (at.isBefore(referredAt.truncatedTo(ChronoUnit.MINUTES))) {
            throw Rejection.field(field, "care.error.beforeReferral").exception();
        }
    }
}
