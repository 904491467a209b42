package ca.harbour.care.internal;

import ca.harbour.care.internal.NoteVisibility.Basis;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of team notes on a youth and their sharing with police members; bodies and reasons encrypted. */
@Repository
public class CareNotes {

    static final String BODY = "care_note.body";
    static final String SHARE_REASON = "care_note_share.reason";

    /** A note as stored, decrypted; {@code shareBasis} null when it was never shared. */
    public record Note(
            UUID id,
            UUID youthId,
            UUID authorId,
            String authorName,
            MemberFunction authorFunction,
            String body,
            Instant writtenAt,
            @Nullable Basis shareBasis,
            @Nullable String shareReason,
            @Nullable String sharedByName,
            @Nullable Instant sharedAt) {

        public boolean shared() {
            return shareBasis != null;
        }
    }

    private static final String COLUMNS = """
            select n.id, n.youth_id, n.author_id, a.display_name as author_name, n.author_function, n.body,
                   n.written_at, s.basis, s.reason, b.display_name as shared_by_name, s.shared_at
            from care_note n join app_user a on a.id = n.author_id
            left join care_note_share s on s.note_id = n.id
            left join app_user b on b.id = s.shared_by""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CareNotes(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public UUID insert(UUID youthId, UUID authorId, MemberFunction function, String body, Instant at, boolean demo) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into care_note(id, youth_id, author_id, author_function, body, written_at, demo)
                values (:id, :youth, :author, :function, :body, :at, :demo)""")
                .param("id", id)
                .param("youth", youthId)
                .param("author", authorId)
                .param("function", function.name())
                .param("body", cipher.encrypt(body, BODY))
                .param("at", Timestamp.from(at))
                .param("demo", demo)
                .update();
        return id;
    }

    public List<Note> forYouth(UUID youthId) {
        return jdbc.sql(COLUMNS + " where n.youth_id = :youth order by n.written_at desc, n.id")
                .param("youth", youthId)
                .query(this::map)
                .list();
    }

    public Optional<Note> find(UUID noteId) {
        return jdbc.sql(COLUMNS + " where n.id = :id")
                .param("id", noteId)
                .query(this::map)
                .optional();
    }

    /** Records the sharing; false when the note was shared already (the first basis stands). */
    public boolean share(UUID noteId, Basis basis, String reason, UUID by, Instant at) {
        return jdbc.sql("""
                        insert into care_note_share(note_id, basis, reason, shared_by, shared_at)
                        values (:note, :basis, :reason, :by, :at) on conflict (note_id) do nothing""")
                        .param("note", noteId)
                        .param("basis", basis.name())
                        .param("reason", cipher.encrypt(reason, SHARE_REASON))
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    private Note map(ResultSet rs, int n) throws SQLException {
        String basis = rs.getString("basis");
        byte[] reason = rs.getBytes("reason");
        Timestamp sharedAt = rs.getTimestamp("shared_at");
        return new Note(
                rs.getObject("id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getObject("author_id", UUID.class),
                rs.getString("author_name"),
                MemberFunction.valueOf(rs.getString("author_function")),
                cipher.decrypt(rs.getBytes("body"), BODY),
                rs.getTimestamp("written_at").toInstant(),
                basis == null ? null : Basis.valueOf(basis),
                reason == null ? null : cipher.decrypt(reason, SHARE_REASON),
                rs.getString("shared_by_name"),
                sharedAt == null ? null : sharedAt.toInstant());
    }
}
