package ca.harbour.audit.internal;

import ca.harbour.audit.ChainVerification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain in id order with a streaming cursor and reports the first row whose stored
 * hash differs from the recomputed one (an edited row) or whose link to the previous row does
 * not hold (a deleted or inserted row).
 */
@Service
public class AuditChainVerifier {

    private final JdbcTemplate streaming;

    AuditChainVerifier(DataSource dataSource) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2000);
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        State state = new State();
        streaming.query("""
                select id, occurred_at, actor, organization_id, action, resource_type, resource_id, reason,
                       prev_hash, hash
                from audit_event order by id""", rs -> {
            if (state.broken == null) {
                state.check(rs);
            }
        });
        return state.broken != null ? state.broken : ChainVerification.ok(state.rows);
    }

    private static final class State {
        byte[] previous = AuditChain.GENESIS;
        long rows;
        ChainVerification broken;

        void check(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            rows++;
            byte[] prev = rs.getBytes("prev_hash");
            if (!Arrays.equals(prev, previous)) {
                broken = ChainVerification.broken(rows, id, "link");
                return;
            }
            String org = rs.getString("organization_id");
            byte[] expected = AuditChain.hash(prev, id, rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor"), org == null ? null : UUID.fromString(org), rs.getString("action"),
                    rs.getString("resource_type"), rs.getString("resource_id"), rs.getString("reason"));
            byte[] stored = rs.getBytes("hash");
            if (!Arrays.equals(expected, stored)) {
                broken = ChainVerification.broken(rows, id, "content");
                return;
            }
            previous = stored;
        }
    }
}
