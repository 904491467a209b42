package ca.harbour.care.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.care.internal.CareNotes.Note;
import ca.harbour.care.internal.CareYouthRecords.Youth;
import ca.harbour.care.internal.NoteVisibility.Basis;
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
 * Team notes on a youth, kept apart by function ({@link NoteVisibility}): a note carries its author's function in
 * the team; a police member reads a child-protection note only once a child-protection member shared it with a
 * recorded basis and reason. Writing, reading and sharing are audited.
 */
@Service
public class YouthNotes {

    public static final int BODY_MAX = 4000;
    public static final int REASON_MAX = 1000;

    private final CareDesk desk;
    private final CareNotes notes;
    private final Audit audit;
    private final Clock clock;

    YouthNotes(CareDesk desk, CareNotes notes, Audit audit, Clock clock) {
        this.desk = desk;
        this.notes = notes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID write(StaffPrincipal viewer, UUID youthId, @Nullable String body) {
        Youth youth = desk.changeable(viewer, youthId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw Rejection.field("body", "care.error.noteBody").exception();
        }
        if (text.length() > BODY_MAX) {
            throw Rejection.field("body", "care.error.noteTooLong").exception();
        }
        UUID id = notes.insert(youthId, viewer.userId(), desk.functionFor(viewer, youth), text, clock.instant(), false);
        audit.record(AuditAction.CREATE, "care_youth", youthId, "note written");
        return id;
    }

    /** The notes of a youth the viewer already opened that the viewer's function lets them read, newest first. */
    @Transactional
    public List<Note> readable(StaffPrincipal viewer, Youth youth) {
        MemberFunction reader = desk.functionFor(viewer, desk.readable(viewer, youth.id()));
        List<Note> shown = notes.forYouth(youth.id()).stream()
                .filter(n -> NoteVisibility.visible(reader, n.authorFunction(), n.shared()))
                .toList();
        audit.recordList(
                AuditAction.READ,
                "care_youth",
                "care notes",
                shown.stream().map(Note::id).toList());
        return shown;
    }

    /** Whether the viewer may share this note with the team's police members (it is not shared yet). */
    public boolean mayShare(StaffPrincipal viewer, Youth youth, Note note) {
        return !note.shared() && NoteVisibility.mayShare(desk.functionFor(viewer, youth), note.authorFunction());
    }

    @Transactional
    public void share(
            StaffPrincipal viewer, UUID youthId, UUID noteId, @Nullable Basis basis, @Nullable String reason) {
        Youth youth = desk.changeable(viewer, youthId);
        // a note of another youth is refused like one that does not exist, and the attempt audited
        Note note = notes.find(noteId)
                .filter(n -> n.youthId().equals(youthId))
                .orElseThrow(() -> NotFoundException.refused("care_note", noteId));
        if (!NoteVisibility.visible(desk.functionFor(viewer, youth), note.authorFunction(), note.shared())) {
            throw NotFoundException.refused("care_youth", youthId);
        }
        if (!NoteVisibility.mayShare(desk.functionFor(viewer, youth), note.authorFunction())) {
            throw Rejection.of("care.error.shareNotAllowed").exception();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (basis == null) {
            fields.put("basis", "care.error.basis");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            fields.put("shareReason", "care.error.shareReason");
        } else if (text.length() > REASON_MAX) {
            fields.put("shareReason", "care.error.reasonTooLong");
        }
        if (!fields.isEmpty()) {
            throw Rejection.of("error.validation", fields).exception();
        }
        if (!notes.share(noteId, basis, text, viewer.userId(), clock.instant())) {
            throw Rejection.of("care.error.alreadyShared").exception();
        }
        audit.record(AuditAction.UPDATE, "care_youth", youthId, "note shared with police: " + basis.name());
    }
}
