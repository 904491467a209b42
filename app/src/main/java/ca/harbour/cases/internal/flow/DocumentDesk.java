package ca.harbour.cases.internal.flow;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's documents. Whoever may change the case uploads; whoever may read it lists and downloads, each
 * download audited. The type is what the bytes are, and must be one of {@link DocumentTypes#ALLOWED}; the name
 * is kept (encrypted) to show, never used to decide anything or to name the file sent back.
 */
@Service
public class DocumentDesk {

    static final int NAME_MAX = 255;

    private final CaseAccess access;
    private final CaseDocuments documents;
    private final CaseFiles cases;
    private final Audit audit;
    private final CaseDocumentSettings settings;
    private final Clock clock;

    DocumentDesk(
            CaseAccess access,
            CaseDocuments documents,
            CaseFiles cases,
            Audit audit,
            CaseDocumentSettings settings,
            Clock clock) {
        this.access = access;
        this.documents = documents;
        this.cases = cases;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** A case's documents, and whether the viewer may add one. */
    public record CaseDocumentsView(CaseRow caseRow, boolean mayChange, List<CaseDocument> documents) {}

    /** A document's content as it is sent: its detected type and the name the download gets. */
    public record Download(byte[] content, String contentType, String fileName) {}

    public long maxBytes() {
        return settings.maxSize().toBytes();
    }

    @Transactional
    public CaseDocumentsView forCase(StaffPrincipal viewer, UUID caseId) {
        CaseRow row = access.read(viewer, caseId);
        List<CaseDocument> list = documents.forCase(caseId);
        audit.recordList(
                AuditAction.READ,
                "case_document",
                "case documents",
                list.stream().map(CaseDocument::id).toList());
        return new CaseDocumentsView(row, access.mayChange(viewer, row), list);
    }

    /** Stores a document; {@code kind} is the code chosen, {@code content} null when no file came. */
    @Transactional
    public UUID upload(
            StaffPrincipal viewer, UUID caseId, String kind, @Nullable String fileName, byte @Nullable [] content) {
        access.change(viewer, caseId);
        Map<String, String> fields = new LinkedHashMap<>();
        DocumentKind documentKind = kind(kind);
        if (documentKind == null) {
            fields.put("kind", "cases.flow.document.error.kind");
        }
        String type = null;
        if (content == null || content.length == 0) {
            fields.put("file", "cases.flow.document.error.file");
        } else if (content.length > maxBytes()) {
            fields.put("file", "cases.flow.document.error.size");
        } else {
            type = DocumentTypes.allowed(content).orElse(null);
            if (type == null) {
                fields.put("file", "cases.flow.document.error.type");
            }
        }
        if (!fields.isEmpty()) {
            throw Rejection.of("error.validation", fields).exception();
        }
        UUID id = UUID.randomUUID();
        documents.insert(
                id, caseId, documentKind, shownName(fileName), type, content, viewer.userId(), clock.instant(), false);
        cases.recordOnTimeline(caseId, "DOCUMENT_ADDED", id, viewer.userId());
        audit.record(AuditAction.CREATE, "case_document", id);
        return id;
    }

    /** The document's content, for someone who may read the case; audited. */
    @Transactional
    public Download download(StaffPrincipal viewer, UUID caseId, UUID documentId) {
        access.read(viewer, caseId);
        CaseDocument document = documents
                .find(documentId)
                .filter(d -> d.caseId().equals(caseId))
                .orElseThrow(NotFoundException::new);
        audit.record(AuditAction.EXPORT, "case_document", documentId, "download");
        return new Download(
                documents.content(documentId),
                document.contentType(),
                "document-" + documentId.toString().substring(0, 8) + "."
                        + DocumentTypes.extension(document.contentType()));
    }

    private static @Nullable DocumentKind kind(String code) {
        for (DocumentKind k : DocumentKind.values()) {
            if (k.name().equals(code)) {
                return k;
            }
        }
        return null;
    }

    /** The name as uploaded, without any folder, control characters or excess length; only ever shown as text. */
    static String shownName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return "-";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (base.isEmpty()) {
            return "-";
        }
        return base.length() > NAME_MAX ? base.substring(0, NAME_MAX) : base;
    }
}
