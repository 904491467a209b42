package ca.harbour.cases.internal.work;

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

/** The SQL of case notes: written once, never updated, their text encrypted. */
@Repository
public class CaseNotes {

    static final String BODY = "case_note.body";

    private static final String COLUMNS = """
            select n.id, n.case_id, n.body, n.sensitivity, n.corrects, n.author_id, coalesce(u.display_name, ''),
                   n.written_at
            from case_note n left join app_user u on u.id = n.author_id""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CaseNotes(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(
            UUID id,
            UUID caseId,
            String text,
            NoteSensitivity sensitivity,
            @Nullable UUID corrects,
            UUID author,
            Instant at,
            boolean demo) {
        jdbc.sql("""
                insert into case_note(id, case_id, body, sensitivity, corrects, author_id, written_at, demo)
                values (:id, :c, :body, :s, :corrects, :author, :at, :demo)""")
                .param("id", id)
                .param("c", caseId)
                .param("body", cipher.encrypt(text, BODY))
                .param("s", sensitivity.name())
                .param("corrects", corrects)
                .param("author", author)
                .param("at", Timestamp.from(at))
                .param("demo", demo)
                .update();
    }

    /** The case's notes, newest first. */
    List<CaseNote> forCase(UUID caseId) {
        return jdbc.sql(COLUMNS + " where n.case_id = :c order by n.written_at desc, n.id desc")
                .param("c", caseId)
                .query(this::map)
                .list();
    }

    Optional<CaseNote> find(UUID id) {
        return jdbc.sql(COLUMNS + " where n.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    private CaseNote map(ResultSet rs, int n) throws SQLException {
        return new CaseNote(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                cipher.decrypt(rs.getBytes(3), BODY),
                NoteSensitivity.valueOf(rs.getString(4)),
                rs.getObject(5, UUID.class),
                rs.getObject(6, UUID.class),
                rs.getString(7),
                rs.getTimestamp(8).toInstant());
    }
}
