package ca.harbour.care.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.care.internal.CareYouthRecords.Youth;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A youth's consents: reading them (audited), recording one and withdrawing one (at once), all through
 * {@link CareDesk}, so only the youth's team sees or changes them.
 */
@Service
public class YouthConsentDesk {

    private final CareDesk desk;
    private final YouthConsents consents;
    private final OrganizationLookup organizations;
    private final Audit audit;
    private final Clock clock;

    YouthConsentDesk(
            CareDesk desk, YouthConsents consents, OrganizationLookup organizations, Audit audit, Clock clock) {
        this.desk = desk;
        this.consents = consents;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The youth and their consents, newest first (both reads audited). */
    @Transactional
    public Consents list(StaffPrincipal viewer, UUID youthId) {
        Youth youth = desk.read(viewer, youthId);
        List<YouthConsent> all = consents.forYouth(youthId);
        audit.recordList(
                AuditAction.READ,
                "care_consent",
                "youth consents",
                all.stream().map(YouthConsent::id).toList());
        return new Consents(youth, all);
    }

    /** A youth with their consents. */
    public record Consents(Youth youth, List<YouthConsent> consents) {}

    @Transactional
    public UUID record(StaffPrincipal viewer, UUID youthId, YouthConsentForm form) {
        desk.changeable(viewer, youthId);
        YouthConsent consent = form.parse(youthId, organizationIds(), clock.instant());
        consents.insert(consent, viewer.userId());
        audit.record(AuditAction.CREATE, "care_consent", consent.id(), "recorded");
        return consent.id();
    }

    @Transactional
    public void withdraw(StaffPrincipal viewer, UUID youthId, UUID consentId) {
        desk.changeable(viewer, youthId);
        if (!consents.withdraw(youthId, consentId, viewer.userId(), clock.instant())) {
            throw Rejection.field("consents", "care.consent.error.notWithdrawable")
                    .exception();
        }
        audit.record(AuditAction.UPDATE, "care_consent", consentId, "withdrawn");
    }

    /** Every active organization, by name: those a consent or a shared item may name. */
    public List<Organization> organizations() {
        return organizations.active(EnumSet.allOf(OrganizationType.class));
    }

    public Set<UUID> organizationIds() {
        return organizations().stream().map(Organization::id).collect(Collectors.toUnmodifiableSet());
    }
}
