package ca.harbour.cases.internal.work;

import ca.harbour.cases.internal.work.NeedsAssessment.Need;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of needs assessments: every one is kept, each domain's note encrypted. */
@Repository
public class NeedsAssessments {

    static final String NOTE = "case_need.note";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    NeedsAssessments(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(UUID id, UUID caseId, List<Need> needs, UUID by, Instant at, boolean demo) {
        jdbc.sql("""
                insert into case_needs_assessment(id, case_id, assessed_at, assessed_by, demo)
                values (:id, :c, :at, :by, :demo)""")
                .param("id", id)
                .param("c", caseId)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("demo", demo)
                .update();
        for (Need need : needs) {
            jdbc.sql("""
                    insert into case_need(id, assessment_id, domain, level, note)
                    values (:id, :a, :domain, :level, :note)""")
                    .param("id", UUID.randomUUID())
                    .param("a", id)
                    .param("domain", need.domain().name())
                    .param("level", need.level().name())
                    .param("note", need.note().isEmpty() ? null : cipher.encrypt(need.note(), NOTE))
                    .update();
        }
    }

    /** The case's assessments, newest first, at most {@code limit}. */
    List<NeedsAssessment> forCase(UUID caseId, int limit) {
        record Head(UUID id, Instant at, UUID by, String name) {}
        List<Head> heads = jdbc.sql("""
                select a.id, a.assessed_at, a.assessed_by, coalesce(u.display_name, '')
                from case_needs_assessment a left join app_user u on u.id = a.assessed_by
                where a.case_id = :c order by a.assessed_at desc, a.id limit :limit""")
                .param("c", caseId)
                .param("limit", limit)
                .query((rs, n) -> new Head(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, UUID.class),
                        rs.getString(4)))
                .list();
        Map<UUID, List<Need>> needs = new LinkedHashMap<>();
        heads.forEach(h -> needs.put(h.id(), new ArrayList<>()));
        if (!heads.isEmpty()) {
            jdbc.sql("select assessment_id, domain, level, note from case_need where assessment_id in (:ids)")
                    .param("ids", needs.keySet())
                    .query((rs, n) -> {
                        byte[] note = rs.getBytes(4);
                        needs.get(rs.getObject(1, UUID.class))
                                .add(new Need(
                                        NeedDomain.valueOf(rs.getString(2)),
                                        NeedLevel.valueOf(rs.getString(3)),
                                        note == null ? "" : cipher.decrypt(note, NOTE)));
                        return n;
                    })
                    .list();
        }
        return heads.stream()
                .map(h -> new NeedsAssessment(
                        h.id(),
                        h.at(),
                        h.by(),
                        h.name(),
                        needs.get(h.id()).stream()
                                .sorted((a, b) -> a.domain().compareTo(b.domain()))
                                .toList()))
                .toList();
    }
}
