package ca.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.audit.internal.AuditChainVerifier;
import ca.harbour.support.DatabaseOwner;
import ca.harbour.support.HarbourTest;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@HarbourTest
class AuditChainIntegrationTests {

    @Autowired Audit audit;
    @Autowired AuditChainVerifier verifier;
    @Autowired JdbcTemplate jdbc;
    @Autowired Flyway flyway;

    private long recordThree() {
        String actor = "tester-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            audit.recordFor(actor, null, AuditAction.READ, "case", "case-" + i, i == 1 ? "needed for the referral" : null);
        }
        return jdbc.queryForObject("select min(id) from audit_event where actor = ?", Long.class, actor);
    }

    @Test
    void anUntouchedChainVerifies() {
        recordThree();
        ChainVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletesOfAuditRows() {
        long first = recordThree();
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'x' where id = ?", first))
                .rootCause().hasMessageContaining("permission denied");
        // even the table's owner, while its triggers are on
        JdbcTemplate owner = DatabaseOwner.jdbc(flyway);
        assertThatThrownBy(() -> owner.update("update audit_event set actor = 'x' where id = ?", first))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from audit_event where id = ?", first))
                .hasMessageContaining("append-only");
    }

    @Test
    void anEditedRowIsReportedAsTheFirstBrokenLink() {
        long first = recordThree();
        long edited = first + 1;
        String original = jdbc.queryForObject("select reason from audit_event where id = ?", String.class, edited);
        tampering(owner -> owner.update("update audit_event set reason = 'nothing to see' where id = ?", edited));
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(edited);
            assertThat(result.problem()).isEqualTo("content");
        } finally {
            tampering(owner -> owner.update("update audit_event set reason = ? where id = ?", original, edited));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRowBreaksTheLinkOfTheRowAfterIt() {
        long first = recordThree();
        long deleted = first + 1;
        Map<String, Object> row = jdbc.queryForMap("select * from audit_event where id = ?", deleted);
        tampering(owner -> owner.update("delete from audit_event where id = ?", deleted));
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(deleted + 1);
            assertThat(result.problem()).isEqualTo("link");
        } finally {
            tampering(owner -> owner.update("""
                    insert into audit_event(id, occurred_at, actor, organization_id, action, resource_type, resource_id,
                                            reason, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?)""",
                    row.get("id"), row.get("occurred_at"), row.get("actor"), row.get("organization_id"), row.get("action"),
                    row.get("resource_type"), row.get("resource_id"), row.get("reason"), row.get("prev_hash"),
                    row.get("hash")));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    /** What an attacker with the table owner's rights would do: switch the guard off, change, switch it on. */
    private void tampering(Consumer<JdbcTemplate> change) {
        JdbcTemplate owner = DatabaseOwner.jdbc(flyway);
        owner.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
        try {
            change.accept(owner);
        } finally {
            owner.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
        }
    }
}
