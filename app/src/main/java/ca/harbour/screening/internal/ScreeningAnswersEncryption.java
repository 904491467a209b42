package ca.harbour.screening.internal;

import ca.harbour.platform.crypto.EncryptingMigration;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration V5_1: a screening's answers were rows of {@code screening_answer} in clear, and its
 * score and level (which give the answers away) were columns of {@code screening}. The answers
 * become one {@link FieldCipher} ciphertext per screening ({@link AnswerText}); the clear table and
 * the score and level are dropped, since a screening is always re-scored from its answers.
 */
@Component
class ScreeningAnswersEncryption extends EncryptingMigration {

    private static final int BATCH = 500;

    private final FieldCipher cipher;

    ScreeningAnswersEncryption(FieldCipher cipher) {
        super("5.1", "encrypt screening answers");
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table screening add column answers bytea");
        }
        // answers in the instrument's order, one screening after another
        try (PreparedStatement read = db.prepareStatement("""
                select a.screening_id, a.item_code, a.value from screening_answer a
                join screening s on s.id = a.screening_id
                left join instrument_item i on i.instrument_id = s.instrument_id and i.code = a.item_code
                order by a.screening_id, i.position, a.item_code""");
                PreparedStatement write = db.prepareStatement("update screening set answers = ? where id = ?")) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery()) {
                UUID current = null;
                Map<String, Integer> answers = new LinkedHashMap<>();
                int pending = 0;
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    if (current != null && !current.equals(id)) {
                        pending = add(write, current, answers, pending);
                        answers.clear();
                    }
                    current = id;
                    answers.put(rs.getString(2), rs.getInt(3));
                }
                if (current != null) {
                    pending = add(write, current, answers, pending);
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
        try (Statement ddl = db.createStatement()) {
            ddl.execute("drop table screening_answer");
            ddl.execute("alter table screening drop column score, drop column level");
            // rewritten so the dropped score and level leave the table's pages now (see intake's V4_5)
            ddl.execute("cluster screening using screening_pkey");
        }
    }

    /** Queues one screening's update, sending the batch when full; returns how many are still queued. */
    private int add(PreparedStatement write, UUID id, Map<String, Integer> answers, int pending) throws SQLException {
        write.setBytes(1, cipher.encrypt(AnswerText.write(answers), ScreeningService.ANSWERS));
        write.setObject(2, id);
        write.addBatch();
        if (pending + 1 == BATCH) {
            write.executeBatch();
            return 0;
        }
        return pending + 1;
    }
}
