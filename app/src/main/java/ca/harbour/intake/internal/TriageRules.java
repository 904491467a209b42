package ca.harbour.intake.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.intake.Urgency;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The triage rule versions in PostgreSQL; the newest version is in force. */
@Repository
public class TriageRules {

    private final JdbcClient jdbc;
    private final Audit audit;
    private volatile Current current;

    TriageRules(JdbcClient jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The rule set in force; a newly published version is seen within five seconds. */
    public TriageRuleSet current() {
        Current cached = current;
        long now = System.nanoTime();
        if (cached == null || now - cached.checkedAt() > 5_000_000_000L) {
            int newest = jdbc.sql("select max(version) from triage_rule")
                    .query(Integer.class)
                    .single();
            TriageRuleSet set = cached != null && cached.set().version() == newest ? cached.set() : version(newest);
            cached = new Current(set, now);
            current = cached;
        }
        return cached.set();
    }

    private record Current(TriageRuleSet set, long checkedAt) {}

    public TriageRuleSet version(int version) {
        List<TriageRule> rules = jdbc.sql("""
                select fact, operator, value, urgency, reason_key from triage_rule where version = :v order by position""")
                .param("v", version)
                .query((rs, n) -> new TriageRule(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Urgency.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
        return new TriageRuleSet(version, rules);
    }

    /** Saves {@code rules} as a new version and returns it; earlier versions stay readable. */
    @Transactional
    public TriageRuleSet publish(List<TriageRule> rules) {
        jdbc.sql("lock table triage_rule in exclusive mode").update();
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from triage_rule")
                .query(Integer.class)
                .single();
        int position = 0;
        for (TriageRule r : rules) {
            jdbc.sql("""
                    insert into triage_rule(version, position, fact, operator, value, urgency, reason_key)
                    values (:v, :p, :f, :o, :val, :u, :r)""")
                    .param("v", next)
                    .param("p", ++position)
                    .param("f", r.fact())
                    .param("o", r.operator())
                    .param("val", r.value())
                    .param("u", r.urgency().name())
                    .param("r", r.reasonKey())
                    .update();
        }
        audit.record(AuditAction.CREATE, "triage_rules", next, rules.size() + " rules");
        current = null;
        return new TriageRuleSet(next, rules);
    }
}
