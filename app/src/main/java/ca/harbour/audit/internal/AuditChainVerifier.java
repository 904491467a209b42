package ca.harbour.audit.internal;

import ca.harbour.audit.ChainVerification;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain in id order with a streaming cursor and reports the first row at fault: a stored
 * link that differs from the recomputed MAC (an edited row), a link to the previous row that does not
 * hold (a deleted or inserted row), a plain-hash row after keyed rows, a key the ring no longer holds.
 * Then it checks the chain against the latest checkpoint kept outside the database: its row must be
 * there with the same link, so deleting the newest rows, or re-chaining the whole table with plain
 * hashes, is reported too.
 */
@Service
public class AuditChainVerifier {

    private final JdbcTemplate streaming;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;

    AuditChainVerifier(DataSource dataSource, AuditKeys keys, AuditCheckpoints checkpoints) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2000);
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        Optional<Checkpoint> checkpoint = checkpoints.latest();
        State state = new State(checkpoint.orElse(null));
        streaming.query("""
                select id, occurred_at, actor, organization_id, action, resource_type, resource_id, reason,
                       shown_ids, key_id, prev_hash, hash
                from audit_event order by id""", rs -> {
            if (state.broken == null) {
                state.check(rs);
            }
        });
        ChainVerification result = state.result();
        // only a walk that reached the checkpoint's place counted every row up to it
        return checkpoint
                .map(c -> result.against(
                        c.entry(),
                        c.at(),
                        "missing".equals(result.problem()) ? Math.max(0, c.entries() - state.upToCheckpoint) : 0))
                .orElse(result);
    }

    private final class State {
        final Checkpoint checkpoint;
        byte[] previous = AuditChain.GENESIS;
        boolean keyed;
        boolean checkpointSeen;
        long rows;
        long upToCheckpoint;
        ChainVerification broken;

        State(Checkpoint checkpoint) {
            this.checkpoint = checkpoint;
        }

        void check(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            rows++;
            if (checkpoint != null && !checkpointSeen && id > checkpoint.entry()) {
                broken = ChainVerification.broken(rows, checkpoint.entry(), "missing");
                return;
            }
            byte[] prev = rs.getBytes("prev_hash");
            if (!Arrays.equals(prev, previous)) {
                broken = ChainVerification.broken(rows, id, "link");
                return;
            }
            String org = rs.getString("organization_id");
            String keyId = rs.getString("key_id");
            AuditChain.Entry entry = new AuditChain.Entry(
                    id,
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor"),
                    org == null ? null : UUID.fromString(org),
                    rs.getString("action"),
                    rs.getString("resource_type"),
                    rs.getString("resource_id"),
                    rs.getString("reason"),
                    rs.getString("shown_ids"),
                    keyId);
            byte[] expected;
            if (keyId == null) {
                if (keyed) {
                    broken = ChainVerification.broken(rows, id, "unkeyed");
                    return;
                }
                expected = AuditChain.legacyHash(prev, entry);
            } else {
                Optional<byte[]> key = keys.key(keyId);
                if (key.isEmpty()) {
                    broken = ChainVerification.broken(rows, id, "key");
                    return;
                }
                keyed = true;
                expected = AuditChain.mac(key.get(), prev, entry);
            }
            byte[] stored = rs.getBytes("hash");
            if (!MessageDigest.isEqual(expected, stored)) {
                broken = ChainVerification.broken(rows, id, "content");
                return;
            }
            if (checkpoint != null && id <= checkpoint.entry()) {
                upToCheckpoint++;
                if (id == checkpoint.entry()) {
                    checkpointSeen = true;
                    if (!MessageDigest.isEqual(stored, checkpoint.link())) {
                        broken = ChainVerification.broken(rows, id, "checkpoint");
                        return;
                    }
                }
            }
            previous = stored;
        }

        ChainVerification result() {
            if (broken != null) {
                return broken;
            }
            if (checkpoint != null && !checkpointSeen) {
                return ChainVerification.broken(rows, checkpoint.entry(), "missing");
            }
            return ChainVerification.ok(rows);
        }
    }
}
