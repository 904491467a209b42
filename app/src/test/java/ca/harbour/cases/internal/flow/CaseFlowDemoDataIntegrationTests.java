package ca.harbour.cases.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.NewCase;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo tasks and approvals go on open demo cases, for their worker, all marked demo; closed cases get none. */
@HarbourTest
class CaseFlowDemoDataIntegrationTests {

    @Autowired
    CaseFlowDemoData demo;

    @Autowired
    CaseFiles cases;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void openDemoCasesGetDemoTasksForTheirWorkerAndClosedOnesNothing() {
        Organization agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        var worker = Fixtures.principal(fixtures.staff(agency, Role.CASE_WORKER));
        UUID open = cases.open(worker, new NewCase(CaseOrigin.DIRECT, null, "Demo A", null, List.of(), List.of()));
        UUID closed = cases.open(worker, new NewCase(CaseOrigin.DIRECT, null, "Demo B", null, List.of(), List.of()));
        jdbc.update("update case_file set demo = true where id in (?, ?)", open, closed);
        jdbc.update("update case_file set status = 'CLOSED' where id = ?", closed);

        demo.contribute(new Random(7));

        assertThat(jdbc.queryForObject(
                        "select count(*) from case_task where case_id = ? and demo and assignee_id = ?",
                        Integer.class,
                        open,
                        worker.userId()))
                .isBetween(1, 3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_task where case_id = ? and not demo", Integer.class, open))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_task where case_id = ?", Integer.class, closed))
                .isZero();
        jdbc.update("update case_file set demo = false where id in (?, ?)", open, closed);
    }
}
