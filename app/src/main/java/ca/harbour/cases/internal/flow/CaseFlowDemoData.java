package ca.harbour.cases.internal.flow;

import ca.harbour.cases.CaseStatus;
import ca.harbour.platform.demo.DemoDataContributor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tasks on the demo cases, some overdue and some due this week, for their first assigned worker, and a few
 * approvals waiting for the demo supervisor (a case plan, a closure). Every text says DEMO; no documents.
 * Runs after the demo cases are opened and does nothing when there are none.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class CaseFlowDemoData implements DemoDataContributor {

    private record DemoCase(UUID id, UUID worker) {}

    private static final String[] TASKS = {
        "DEMO: Call the shelter to confirm a bed for Friday",
        "DEMO: Book an interpreter for the legal aid appointment",
        "DEMO: Follow up on the replacement health card",
        "DEMO: Check in by phone at the agreed safe time",
        "DEMO: Send the consent form to the housing worker",
        "DEMO: Prepare the case plan review",
    };

    private final CaseTasks tasks;
    private final CaseApprovals approvals;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseFlowDemoData(CaseTasks tasks, CaseApprovals approvals, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.approvals = approvals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "cases-flow";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void contribute(Random random) {
        List<DemoCase> cases = jdbc
                .sql("""
                select c.id, (select w.user_id from case_worker w where w.case_id = c.id
                              order by w.assigned_at, w.user_id limit 1)
                from case_file c
                where c.demo and c.status in ('ACTIVE', 'FOLLOW_UP')
                order by c.opened_at desc, c.id limit 20""")
                .query((rs, n) -> new DemoCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list()
                .stream()
                .filter(c -> c.worker() != null)
                .toList();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < cases.size(); i++) {
            DemoCase c = cases.get(i);
            int count = 1 + random.nextInt(3);
            for (int t = 0; t < count; t++) {
                // from a week late to three weeks ahead: some overdue, some due this week, some later
                LocalDate due = today.plusDays(random.nextInt(28) - 7);
                String title = TASKS[random.nextInt(TASKS.length)];
                tasks.insert(UUID.randomUUID(), c.id(), title, due, c.worker(), c.worker(), now, true);
            }
            if (i == 0) {
                approvals.insert(
                        UUID.randomUUID(),
                        c.id(),
                        ApprovalKind.CASE_PLAN,
                        null,
                        "DEMO: Plan agreed with the person: housing first, then legal aid.",
                        c.worker(),
                        now.minus(Duration.ofHours(20)),
                        true);
            } else if (i == 1) {
                approvals.insert(
                        UUID.randomUUID(),
                        c.id(),
                        ApprovalKind.CLOSURE,
                        CaseStatus.CLOSED_REFERRED,
                        "DEMO: The person moved and is now supported by an agency in her new town.",
                        c.worker(),
                        now.minus(Duration.ofHours(3)),
                        true);
            }
        }
    }
}
