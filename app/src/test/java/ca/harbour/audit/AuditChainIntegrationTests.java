package ca.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.audit.internal.AuditChainVerifier;
import ca.harbour.support.HarbourTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@HarbourTest
class AuditChainIntegrationTests {

    @Autowired
    Audit audit;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    private long recordThree() {
        String actor = "tester-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            audit.recordFor(
                    actor, null, AuditAction.READ, "case", "case-" + i, i == 1 ? "needed for the referral" : null);
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
                .rootCause()
                .hasMessageContaining("permission denied");
        // even the table's owner, while its triggers are on
        JdbcTemplate owner = new Tamperer(flyway).jdbc();
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
        Tamperer attacker = new Tamperer(flyway);
        attacker.tamper(
                () -> attacker.jdbc().update("update audit_event set reason = 'nothing to see' where id = ?", edited));
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(edited);
            assertThat(result.problem()).isEqualTo("content");
        } finally {
            attacker.tamper(
                    () -> attacker.jdbc().update("update audit_event set reason = ? where id = ?", original, edited));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRowBreaksTheLinkOfTheRowAfterIt() {
        long first = recordThree();
        long deleted = first + 1;
        Tamperer attacker = new Tamperer(flyway);
        List<Map<String, Object>> saved = attacker.save(deleted);
        attacker.tamper(() -> attacker.jdbc().update("delete from audit_event where id = ?", deleted));
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(deleted + 1);
            assertThat(result.problem()).isEqualTo("link");
        } finally {
            attacker.restore(saved);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }
}
