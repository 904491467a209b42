package ca.harbour.cases.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.Consent;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.cases.internal.CaseRecords.TimelineEntry;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.StaffPrincipal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole of a case in one piece (for the person's own copy, or to move it to another system): the case, its
 * people (suspected traffickers only for those who may see them), consents and timeline. It needs
 * {@link CasesContributions#CASE_EXPORT} on the case: a case worker exports the cases assigned to them, a
 * supervisor those of the agency. Audited as an export.
 */
@Service
public class CaseExport {

    /** Everything a case holds, as its export gives it. */
    public record Exported(
            CaseRow kase,
            List<String> recruitment,
            List<CasePerson> people,
            List<Consent> consents,
            List<TimelineEntry> timeline) {}

    private final CaseDesk desk;
    private final CaseRecords cases;
    private final PersonRecords people;
    private final CaseConsents consents;
    private final Audit audit;

    CaseExport(CaseDesk desk, CaseRecords cases, PersonRecords people, CaseConsents consents, Audit audit) {
        this.desk = desk;
        this.cases = cases;
        this.people = people;
        this.consents = consents;
        this.audit = audit;
    }

    @Transactional
    public Exported export(StaffPrincipal viewer, UUID caseId) {
        CaseRow row = desk.readable(viewer, caseId);
        if (!AccessPolicy.permits(viewer, CasesContributions.CASE_EXPORT, row.ownership())) {
            throw new AccessDeniedException("case export");
        }
        audit.record(AuditAction.EXPORT, "case", caseId);
        return new Exported(
                row,
                cases.recruitment(caseId),
                people.forCase(caseId, CasePeople.seesSensitive(viewer, row)),
                consents.forCase(caseId),
                cases.timeline(caseId, Integer.MAX_VALUE));
    }
}
