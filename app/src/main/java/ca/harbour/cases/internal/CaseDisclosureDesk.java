package ca.harbour.cases.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseDisclosure;
import ca.harbour.cases.CaseDisclosures;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.cases.internal.flow.CaseDocument;
import ca.harbour.cases.internal.flow.CaseDocuments;
import ca.harbour.cases.internal.flow.DocumentTypes;
import ca.harbour.cases.internal.work.SafetyPlan;
import ca.harbour.cases.internal.work.SafetyPlans;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discloses a case to another organization only while a consent of that case covers the recipient and every
 * category asked for, or under an exception; reads only the parts of the case those categories name, and audits
 * each read with the case id.
 */
@Service
class CaseDisclosureDesk implements CaseDisclosures {

    private final CaseRecords cases;
    private final ConsentRecords consents;
    private final SafetyPlans plans;
    private final CaseDocuments documents;
    private final Audit audit;
    private final Clock clock;

    CaseDisclosureDesk(
            CaseRecords cases,
            ConsentRecords consents,
            SafetyPlans plans,
            CaseDocuments documents,
            Audit audit,
            Clock clock) {
        this.cases = cases;
        this.consents = consents;
        this.plans = plans;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<CaseDisclosure> disclose(UUID caseId, Basis basis, Set<ConsentCategory> wanted) {
        if (!lets(caseId, basis, wanted)) {
            return Optional.empty();
        }
        Optional<CaseRow> row = cases.find(caseId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Set<ConsentCategory> shared = wanted.isEmpty() ? Set.of() : EnumSet.copyOf(wanted);
        String why = why(basis);
        audit.record(
                AuditAction.READ,
                "case",
                caseId,
                why + " " + shared.stream().map(Enum::name).sorted().toList());
        CaseDisclosure.Contact contact = null;
        CaseDisclosure.Plan plan = null;
        if (shared.contains(ConsentCategory.CONTACT) || shared.contains(ConsentCategory.SAFETY_PLAN)) {
            SafetyPlan stored = plans.find(caseId).map(SafetyPlans.Stored::plan).orElse(SafetyPlan.empty());
            List<CaseDisclosure.SafeContact> safeContacts = stored.contacts().stream()
                    .map(c -> new CaseDisclosure.SafeContact(c.name(), c.reach(), c.relationship()))
                    .toList();
            if (shared.contains(ConsentCategory.CONTACT)) {
                contact = new CaseDisclosure.Contact(safeContacts, stored.safeTimes());
            }
            if (shared.contains(ConsentCategory.SAFETY_PLAN)) {
                plan = new CaseDisclosure.Plan(
                        stored.risks(),
                        safeContacts,
                        stored.codeWords(),
                        stored.safeTimes(),
                        stored.steps().stream()
                                .map(s -> new CaseDisclosure.Step(s.text(), s.done()))
                                .toList());
            }
        }
        List<CaseDisclosure.Document> listed = null;
        if (shared.contains(ConsentCategory.DOCUMENTS)) {
            listed = documents.forCase(caseId).stream()
                    .map(d -> new CaseDisclosure.Document(
                            d.id(), d.kind().name(), d.fileName(), d.contentType(), d.sizeBytes(), d.uploadedAt()))
                    .toList();
            audit.recordList(
                    AuditAction.READ,
                    "case_document",
                    "case documents " + why,
                    listed.stream().map(CaseDisclosure.Document::id).toList());
        }
        return Optional.of(new CaseDisclosure(row.get().toSummary(), shared, contact, plan, listed));
    }

    @Override
    @Transactional
    public Optional<CaseDisclosure.File> document(
            UUID caseId, Basis basis, Set<ConsentCategory> wanted, UUID documentId) {
        if (!wanted.contains(ConsentCategory.DOCUMENTS) || !lets(caseId, basis, wanted)) {
            return Optional.empty();
        }
        Optional<CaseDocument> document =
                documents.find(documentId).filter(d -> d.caseId().equals(caseId));
        if (document.isEmpty()) {
            return Optional.empty();
        }
        String why = why(basis);
        audit.record(AuditAction.READ, "case", caseId, why + ": document download");
        audit.record(AuditAction.EXPORT, "case_document", documentId, "download " + why);
        String type = document.get().contentType();
        return Optional.of(new CaseDisclosure.File(
                documents.content(documentId),
                type,
                "document-" + documentId.toString().substring(0, 8) + "." + DocumentTypes.extension(type)));
    }

    /** The one decision: a consent of this case covering the recipient and every wanted category today. */
    private boolean lets(UUID caseId, Basis basis, Set<ConsentCategory> wanted) {
        if (!(basis instanceof Basis.UnderConsent c)) {
            return true;
        }
        return consents.find(c.consentId(), false)
                .filter(k -> k.caseId().equals(caseId))
                .filter(k -> k.covers(c.organizationId(), c.serviceId(), wanted, LocalDate.now(clock), clock.instant()))
                .isPresent();
    }

    private static String why(Basis basis) {
        return basis instanceof Basis.UnderException e
                ? "disclosed under exception " + e.code()
                : "disclosed under consent";
    }
}
