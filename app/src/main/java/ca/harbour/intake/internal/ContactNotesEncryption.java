package ca.harbour.intake.internal;

import ca.harbour.platform.crypto.EncryptingMigration;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration V4_5: the place, safe times and follow-up of a contact, and the detail and exception
 * reason of a contact action, were stored in clear; they become {@link FieldCipher} ciphertexts like
 * the other personal fields. Each text column is replaced by a bytea column of the same name, and
 * every value already there is encrypted on the way.
 *
 * <p>An earlier (demo) database is upgraded in place at its next start, with the keys it has
 * (see {@link EncryptingMigration} for why this is a Java migration).
 */
@Component
class ContactNotesEncryption extends EncryptingMigration {

    /** Table, column, cipher context. */
    private static final List<String[]> COLUMNS = List.of(
            new String[] {"contact", "place", Contacts.PLACE},
            new String[] {"contact", "safe_times", Contacts.SAFE_TIMES},
            new String[] {"contact", "follow_up", Contacts.FOLLOW_UP},
            new String[] {"contact_action", "detail", Contacts.ACTION_DETAIL},
            new String[] {"contact_action", "exception_reason", Contacts.ACTION_EXCEPTION_REASON});

    private static final int BATCH = 500;

    private final FieldCipher cipher;

    ContactNotesEncryption(FieldCipher cipher) {
        super("4.5", "encrypt contact notes");
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        for (String[] c : COLUMNS) {
            encrypt(db, c[0], c[1], c[2]);
        }
        // A dropped column's values stay in the table's pages until its rows are rewritten: a rewrite
        // (which nulls dropped columns, and keeps only live rows) takes the clear text off the disk now.
        try (Statement ddl = db.createStatement()) {
            ddl.execute("cluster contact using contact_pkey");
            ddl.execute("cluster contact_action using contact_action_pkey");
        }
    }

    /** Names come from the list above, never from input. */
    private void encrypt(Connection db, String table, String column, String cipherContext) throws SQLException {
        String clear = column + "_clear";
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table " + table + " rename column " + column + " to " + clear);
            ddl.execute("alter table " + table + " add column " + column + " bytea");
        }
        try (PreparedStatement read = db.prepareStatement(
                        "select id, " + clear + " from " + table + " where " + clear + " is not null");
                PreparedStatement write =
                        db.prepareStatement("update " + table + " set " + column + " = ? where id = ?")) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery()) {
                int pending = 0;
                while (rs.next()) {
                    write.setBytes(1, cipher.encrypt(rs.getString(2), cipherContext));
                    write.setObject(2, rs.getObject(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table " + table + " drop column " + clear);
        }
    }
}
