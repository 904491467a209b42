package ca.harbour.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.audit.ChainVerification;
import ca.harbour.audit.Tamperer;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Someone with full database access but without the key ring rewrites the audit table: every way of
 * hiding what happened is reported, including the ones a plain hash chain cannot see (the newest rows
 * deleted, the whole table re-chained).
 */
@HarbourTest
class AuditTamperingIntegrationTests {

    @Autowired
    Audit audit;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    private long recordThree() {
        String actor = "tester-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            audit.recordFor(actor, null, AuditAction.READ, "case", "case-" + i, null);
        }
        return jdbc.queryForObject("select min(id) from audit_event where actor = ?", Long.class, actor);
    }

    @Test
    void rowsCarryAKeyedMacNamedByTheirKeyIdThatAPlainHashDoesNotReproduce() {
        long id = recordThree();
        Map<String, Object> row = jdbc.queryForMap("select * from audit_event where id = ?", id);
        assertThat(row.get("key_id")).isNotNull();
        AuditChain.Entry entry = new AuditChain.Entry(
                id,
                ((Timestamp) row.get("occurred_at")).toInstant(),
                (String) row.get("actor"),
                null,
                "READ",
                "case",
                "case-0",
                null,
                null,
                (String) row.get("key_id"));
        assertThat((byte[]) row.get("hash")).isNotEqualTo(AuditChain.legacyHash((byte[]) row.get("prev_hash"), entry));
    }

    @Test
    void deletingTheNewestRowsIsReportedAgainstTheCheckpointKeptOutsideTheDatabase() throws Exception {
        long first = recordThree();
        Checkpoint checkpoint = checkpoints.write().orElseThrow();
        assertThat(checkpoint.entry()).isGreaterThanOrEqualTo(first + 2);
        assertThat(Files.readString(checkpoints.file())).contains("entry=" + checkpoint.entry());
        Tamperer attacker = new Tamperer(flyway);
        List<Map<String, Object>> saved = attacker.save(first);
        attacker.tamper(() -> attacker.jdbc().update("delete from audit_event where id >= ?", first));
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo("missing");
            assertThat(result.firstBrokenId()).isEqualTo(checkpoint.entry());
            assertThat(result.missingEntries()).isEqualTo(saved.size());
            assertThat(result.checkpointEntry()).isEqualTo(checkpoint.entry());
            assertThat(checkpoints.write())
                    .as("no checkpoint may paper over the loss")
                    .isEmpty();

            // the application goes on writing: the new row links to what is left, and the loss is still seen
            audit.recordFor("tester", null, AuditAction.READ, "case", "after", null);
            assertThat(verifier.verify().problem()).isEqualTo("missing");
            mvc.perform(get("/actuator/auditchain").with(staff.as("admin")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.problem").value("missing"))
                    .andExpect(jsonPath("$.missingEntries").value(saved.size()));
            mvc.perform(post("/admin/audit/verify")
                            .with(staff.as("admin"))
                            .with(csrf())
                            .param("lang", "fr"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("les entrées les plus récentes ont été supprimées")))
                    .andExpect(content().string(containsString("Entrées manquantes : " + saved.size())));
        } finally {
            attacker.tamper(() -> attacker.jdbc().update("delete from audit_event where id >= ?", first));
            attacker.restore(saved);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void reChainingTheWholeTableWithPlainHashesIsReportedAgainstTheCheckpoint() {
        recordThree();
        Checkpoint checkpoint = checkpoints.write().orElseThrow();
        Tamperer attacker = new Tamperer(flyway);
        List<Map<String, Object>> saved = attacker.save(0);
        attacker.tamper(() -> reChainWithoutTheKey(attacker.jdbc(), 0));
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo("checkpoint");
            assertThat(result.firstBrokenId()).isEqualTo(checkpoint.entry());
        } finally {
            attacker.tamper(() -> attacker.jdbc()
                    .batchUpdate(
                            "update audit_event set prev_hash = ?, hash = ?, key_id = ? where id = ?",
                            saved.stream()
                                    .map(r -> new Object[] {
                                        r.get("prev_hash"), r.get("hash"), r.get("key_id"), r.get("id")
                                    })
                                    .toList()));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void newestRowsReChainedWithPlainHashesAfterKeyedOnesAreReportedWithoutTheCheckpoint() {
        audit.recordFor("tester", null, AuditAction.READ, "case", "keyed", null);
        long first = recordThree();
        Tamperer attacker = new Tamperer(flyway);
        List<Map<String, Object>> saved = attacker.save(first);
        attacker.tamper(() -> reChainWithoutTheKey(attacker.jdbc(), first));
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo("unkeyed");
            assertThat(result.firstBrokenId()).isEqualTo(first);
        } finally {
            attacker.tamper(() -> attacker.jdbc()
                    .batchUpdate(
                            "update audit_event set prev_hash = ?, hash = ?, key_id = ? where id = ?",
                            saved.stream()
                                    .map(r -> new Object[] {
                                        r.get("prev_hash"), r.get("hash"), r.get("key_id"), r.get("id")
                                    })
                                    .toList()));
        }
    }

    /**
     * The attack a plain hash chain cannot see: recompute every link from row {@code fromId} on with
     * SHA-256, as rows from before keyed links were made, and mark the rows as such (no key id).
     */
    private static void reChainWithoutTheKey(JdbcTemplate db, long fromId) {
        List<Object[]> updates = new ArrayList<>();
        byte[][] previous = {
            db
                    .query(
                            "select hash from audit_event where id < ? order by id desc limit 1",
                            (rs, n) -> rs.getBytes(1),
                            fromId)
                    .stream()
                    .findFirst()
                    .orElse(AuditChain.GENESIS)
        };
        db.query(
                "select * from audit_event where id >= ? order by id",
                rs -> {
                    String org = rs.getString("organization_id");
                    AuditChain.Entry e = new AuditChain.Entry(
                            rs.getLong("id"),
                            rs.getTimestamp("occurred_at").toInstant(),
                            rs.getString("actor"),
                            org == null ? null : UUID.fromString(org),
                            rs.getString("action"),
                            rs.getString("resource_type"),
                            rs.getString("resource_id"),
                            rs.getString("reason"),
                            null,
                            null);
                    byte[] hash = AuditChain.legacyHash(previous[0], e);
                    updates.add(new Object[] {previous[0], hash, rs.getLong("id")});
                    previous[0] = hash;
                },
                fromId);
        db.batchUpdate("update audit_event set prev_hash = ?, hash = ?, key_id = null where id = ?", updates);
    }
}
