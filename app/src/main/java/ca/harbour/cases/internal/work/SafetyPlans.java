package ca.harbour.cases.internal.work;

import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of safety plans: one encrypted JSON document per case, with a version that every save moves on. */
@Repository
public class SafetyPlans {

    static final String DOCUMENT = "case_safety_plan.document";

    /** A plan as stored: the version a save must name, and who saved it last. */
    public record Stored(
            SafetyPlan plan,
            int version,
            Instant updatedAt,
            @Nullable UUID updatedBy,
            String updatedByName) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JsonMapper json = JsonMapper.builder().build();

    SafetyPlans(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public Optional<Stored> find(UUID caseId) {
        return jdbc.sql("""
                select p.document, p.version, p.updated_at, p.updated_by, coalesce(u.display_name, '')
                from case_safety_plan p left join app_user u on u.id = p.updated_by where p.case_id = :c""")
                .param("c", caseId)
                .query((rs, n) -> new Stored(
                        json.readValue(cipher.decrypt(rs.getBytes(1), DOCUMENT), SafetyPlan.class),
                        rs.getInt(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getObject(4, UUID.class),
                        rs.getString(5)))
                .optional();
    }

    /**
     * Saves the plan over the version the worker started from ({@code 0}: there was no plan); answers the new
     * version, or empty when someone saved in between (nothing is written then).
     */
    Optional<Integer> save(UUID caseId, SafetyPlan plan, int startedFrom, UUID by, Instant at, boolean demo) {
        byte[] document = cipher.encrypt(json.writeValueAsString(plan), DOCUMENT);
        int written = startedFrom == 0
                ? jdbc.sql("""
                        insert into case_safety_plan(case_id, document, version, updated_at, updated_by, demo)
                        values (:c, :d, 1, :at, :by, :demo) on conflict (case_id) do nothing""")
                        .param("c", caseId)
                        .param("d", document)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("demo", demo)
                        .update()
                : jdbc.sql("""
                        update case_safety_plan set document = :d, version = version + 1, updated_at = :at,
                               updated_by = :by
                        where case_id = :c and version = :v""")
                        .param("c", caseId)
                        .param("d", document)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("v", startedFrom)
                        .update();
        return written == 1 ? Optional.of(startedFrom + 1) : Optional.empty();
    }
}
