package ca.harbour.platform.crypto;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every registered encrypted column to the active key, in small batches, each in its own
 * transaction so the application keeps serving. A row changed meanwhile is left for the next run
 * (the update matches on the old ciphertext).
 */
@Service
public class Reencryption {

    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
    private final List<EncryptedColumn> columns;
    private final FieldCipher cipher;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    Reencryption(List<EncryptedColumn> columns, FieldCipher cipher, JdbcClient jdbc, TransactionTemplate tx) {
        this.columns = columns;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Re-encrypts what is not under the active key; returns how many values were rewritten. */
    public int run() {
        int total = 0;
        for (EncryptedColumn c : columns) {
            total += reencrypt(c);
        }
        log.info("Re-encryption rewrote {} values under key {}", total, cipher.activeKeyId());
        return total;
    }

    private int reencrypt(EncryptedColumn c) {
        String select = "select " + c.idColumn() + "::text as id, " + c.column() + " as value from " + c.table()
                + " where " + c.column() + " is not null and " + c.idColumn() + "::text > :after order by "
                + c.idColumn() + "::text limit " + c.batchSize();
        String update = "update " + c.table() + " set " + c.column() + " = :next where " + c.idColumn()
                + "::text = :id and " + c.column() + " = :previous";
        int rewritten = 0;
        String after = "";
        while (true) {
            List<Row> rows = jdbc.sql(select)
                    .param("after", after)
                    .query((rs, n) -> new Row(rs.getString("id"), rs.getBytes("value")))
                    .list();
            if (rows.isEmpty()) {
                return rewritten;
            }
            Integer done = tx.execute(status -> {
                int count = 0;
                for (Row row : rows) {
                    if (!cipher.isUnderActiveKey(row.value())) {
                        byte[] next = cipher.encryptBytes(cipher.decryptBytes(row.value(), c.context()), c.context());
                        count += jdbc.sql(update)
                                .param("next", next)
                                .param("id", row.id())
                                .param("previous", row.value())
                                .update();
                    }
                }
                return count;
            });
            rewritten += done == null ? 0 : done;
            after = rows.get(rows.size() - 1).id();
        }
    }

    private record Row(String id, byte[] value) {}
}
