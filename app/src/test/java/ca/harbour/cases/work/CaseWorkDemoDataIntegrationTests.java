package ca.harbour.cases.work;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.NewCase;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.platform.demo.DemoDataContributor;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo case work: written on two demo cases in three, by the case's worker, everything marked demo. */
@HarbourTest
class CaseWorkDemoDataIntegrationTests {

    @Autowired
    List<DemoDataContributor> contributors;

    @Autowired
    CaseFiles cases;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoDemoCasesInThreeGetCaseWorkMarkedDemo() {
        DemoDataContributor caseWork = contributors.stream()
                .filter(c -> c.name().equals("cases-work"))
                .findFirst()
                .orElseThrow();
        assertThat(caseWork.order()).isEqualTo(75);
        var worker = Fixtures.principal(
                fixtures.staff(fixtures.organization(OrganizationType.SERVICE_PROVIDER), Role.CASE_WORKER));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID id = cases.open(worker, new NewCase(CaseOrigin.DIRECT, null, "Demo " + i, null, List.of(), List.of()));
            jdbc.update("update case_file set demo = true where id = ?", id);
            ids.add(id);
        }
        // opened last, the three come last among the demo cases still without case work, one of them third

        caseWork.contribute(new Random(7));

        int withPlan = 0;
        for (UUID id : ids) {
            Integer plans = jdbc.queryForObject(
                    "select count(*) from case_safety_plan where case_id = ? and demo and updated_by = ?",
                    Integer.class,
                    id,
                    worker.userId());
            Integer notes =
                    jdbc.queryForObject("select count(*) from case_note where case_id = ? and demo", Integer.class, id);
            assertThat(notes > 0).isEqualTo(plans > 0);
            withPlan += plans;
        }
        assertThat(withPlan).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_needs_assessment where case_id = any(?) and not demo",
                        Integer.class,
                        (Object) ids.toArray(UUID[]::new)))
                .isZero();
    }
}
