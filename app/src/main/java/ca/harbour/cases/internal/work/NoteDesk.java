package ca.harbour.cases.internal.work;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseSummary;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case notes: written by those who may change the case, never edited (a correction is a new note naming the
 * one it corrects), read by those {@link CaseNote#readableBy} lets, every read audited.
 */
@Service
public class NoteDesk {

    static final String AUDIT_TYPE = "case_note";

    /** What the notes page shows: the notes the viewer may read, newest first. */
    public record View(CaseSummary summary, List<CaseNote> notes, boolean mayChange) {}

    private final CaseWorkAccess access;
    private final CaseNotes notes;
    private final Audit audit;
    private final Clock clock;

    NoteDesk(CaseWorkAccess access, CaseNotes notes, Audit audit, Clock clock) {
        this.access = access;
        this.notes = notes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public View list(StaffPrincipal viewer, UUID caseId) {
        CaseSummary summary = access.readable(viewer, caseId);
        boolean mayChange = access.mayChange(viewer, summary);
        List<CaseNote> shown = notes.forCase(caseId).stream()
                .filter(n -> n.readableBy(viewer.userId(), mayChange))
                .toList();
        audit.recordList(
                AuditAction.READ,
                AUDIT_TYPE,
                "case notes",
                shown.stream().map(CaseNote::id).toList());
        return new View(summary, shown, mayChange);
    }

    /** One note of the case, when the viewer may read it; otherwise 404, audited as denied. */
    @Transactional
    public CaseNote read(StaffPrincipal viewer, UUID caseId, UUID noteId) {
        CaseSummary summary = access.readable(viewer, caseId);
        CaseNote note =
                notes.find(noteId).filter(n -> n.caseId().equals(caseId)).orElseThrow(NotFoundException::new);
        if (!note.readableBy(viewer.userId(), access.mayChange(viewer, summary))) {
            throw NotFoundException.refused(AUDIT_TYPE, noteId);
        }
        audit.record(AuditAction.READ, AUDIT_TYPE, noteId);
        return note;
    }

    /** Adds a note (or a correction of {@code corrects}, a note of the same case the viewer reads). */
    @Transactional
    public UUID add(StaffPrincipal viewer, UUID caseId, String text, String sensitivity, @Nullable UUID corrects) {
        CaseSummary summary = access.changeable(viewer, caseId);
        String body = text.strip();
        if (body.isEmpty() || body.length() > CaseNote.TEXT_MAX) {
            throw Rejection.field("text", "cases.work.notes.error.text").exception();
        }
        NoteSensitivity level;
        try {
            level = NoteSensitivity.valueOf(sensitivity.strip());
        } catch (IllegalArgumentException e) {
            throw Rejection.field("sensitivity", "cases.work.notes.error.sensitivity")
                    .exception();
        }
        if (corrects != null
                && notes.find(corrects)
                        .filter(n -> n.caseId().equals(caseId))
                        .filter(n -> n.readableBy(viewer.userId(), access.mayChange(viewer, summary)))
                        .isEmpty()) {
            throw Rejection.field("corrects", "cases.work.notes.error.corrects").exception();
        }
        UUID id = UUID.randomUUID();
        notes.insert(id, caseId, body, level, corrects, viewer.userId(), clock.instant(), false);
        access.timeline(caseId, "NOTE_ADDED", id, viewer.userId());
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, level.name());
        return id;
    }
}
