package ca.harbour.cases.internal.work;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A case note as stored, decrypted; {@code corrects} names the note it corrects, if any. */
public record CaseNote(
        UUID id,
        UUID caseId,
        String text,
        NoteSensitivity sensitivity,
        @Nullable UUID corrects,
        @Nullable UUID authorId,
        String authorName,
        Instant writtenAt) {

    static final int TEXT_MAX = 10_000;

    /**
     * Who may read this note: everyone who may read the case, except for a restricted note, which only its
     * author and those who may change the case (assigned workers, supervisors of its agency) read. The list and
     * a single note both ask this.
     */
    public boolean readableBy(UUID viewerId, boolean viewerMayChangeCase) {
        return sensitivity != NoteSensitivity.RESTRICTED || viewerMayChangeCase || viewerId.equals(authorId);
    }
}
