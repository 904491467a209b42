package ca.harbour.cases.internal.flow;

import ca.harbour.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of case documents; the name and the content are encrypted before they are stored. */
@Repository
public class CaseDocuments {

    static final String FILE_NAME = "case_document.file_name";
    static final String CONTENT = "case_document.content";

    private static final String COLUMNS = """
            select d.id, d.case_id, d.kind, d.file_name, d.content_type, d.size_bytes, u.display_name, d.uploaded_at
            from case_document d join app_user u on u.id = d.uploaded_by""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CaseDocuments(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(
            UUID id,
            UUID caseId,
            DocumentKind kind,
            String fileName,
            String contentType,
            byte[] content,
            UUID by,
            Instant at,
            boolean demo) {
        jdbc.sql("""
                insert into case_document(id, case_id, kind, file_name, content_type, size_bytes, content, uploaded_by,
                                          uploaded_at, demo)
                values (:id, :case, :kind, :name, :type, :size, :content, :by, :at, :demo)""")
                .param("id", id)
                .param("case", caseId)
                .param("kind", kind.name())
                .param("name", cipher.encrypt(fileName, FILE_NAME))
                .param("type", contentType)
                .param("size", (long) content.length)
                .param("content", cipher.encryptBytes(content, CONTENT))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("demo", demo)
                .update();
    }

    public List<CaseDocument> forCase(UUID caseId) {
        return jdbc.sql(COLUMNS + " where d.case_id = :case order by d.uploaded_at desc, d.id limit 500")
                .param("case", caseId)
                .query(this::map)
                .list();
    }

    public Optional<CaseDocument> find(UUID id) {
        return jdbc.sql(COLUMNS + " where d.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The decrypted content of a document. */
    public byte[] content(UUID id) {
        byte[] sealed = jdbc.sql("select content from case_document where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
        return cipher.decryptBytes(sealed, CONTENT);
    }

    private CaseDocument map(ResultSet rs, int n) throws SQLException {
        return new CaseDocument(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                DocumentKind.valueOf(rs.getString(3)),
                cipher.decrypt(rs.getBytes(4), FILE_NAME),
                rs.getString(5),
                rs.getLong(6),
                rs.getString(7),
                rs.getTimestamp(8).toInstant());
    }
}
