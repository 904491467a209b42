package ca.harbour.cases.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseDisclosures;
import ca.harbour.cases.CaseSummary;
import ca.harbour.cases.ConsentCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Discloses a case to another organization only while a consent of that case covers it, or under an exception. */
@Service
class CaseDisclosureDesk implements CaseDisclosures {

    private final CaseRecords cases;
    private final ConsentRecords consents;
    private final Audit audit;
    private final Clock clock;

    CaseDisclosureDesk(CaseRecords cases, ConsentRecords consents, Audit audit, Clock clock) {
        this.cases = cases;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<CaseSummary> underConsent(
            UUID caseId, UUID consentId, UUID recipientOrganizationId, Set<ConsentCategory> wanted) {
        boolean covered = consents.find(consentId, false)
                .filter(c -> c.caseId().equals(caseId))
                .filter(c -> c.covers(recipientOrganizationId, wanted, LocalDate.now(clock), clock.instant()))
                .isPresent();
        if (!covered) {
            return Optional.empty();
        }
        Optional<CaseSummary> summary = cases.find(caseId).map(CaseRecords.CaseRow::toSummary);
        summary.ifPresent(s -> audit.record(AuditAction.READ, "case", caseId, "disclosed under consent"));
        return summary;
    }

    @Override
    @Transactional
    public Optional<CaseSummary> underException(UUID caseId, String basis) {
        if (!basis.matches("[A-Z][A-Z_]{1,63}")) {
            throw new IllegalArgumentException("an exception basis is a code in capitals: " + basis);
        }
        Optional<CaseSummary> summary = cases.find(caseId).map(CaseRecords.CaseRow::toSummary);
        summary.ifPresent(s -> audit.record(AuditAction.READ, "case", caseId, "disclosed under exception " + basis));
        return summary;
    }
}
