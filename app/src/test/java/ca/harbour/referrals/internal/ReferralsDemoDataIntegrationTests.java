package ca.harbour.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.NewCase;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo referrals, run on demo cases made here for the demo case worker's agency and the second agency (the
 * cases module's own demo cases are not needed): every state, both ways, all marked demo, one under an exception
 * and one overdue that lost its consent.
 */
@HarbourTest
class ReferralsDemoDataIntegrationTests {

    @Autowired
    ReferralsDemoData demo;

    @Autowired
    CaseFiles cases;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoReferralsGoBothWaysInEveryStateAndAreMarkedDemo() {
        StaffPrincipal first = staff.principal("caseworker");
        String secondName = jdbc.queryForObject("""
                select u.username from app_user u join organization o on o.id = u.organization_id
                where o.demo and o.type = 'SERVICE_PROVIDER' and o.id <> ? and u.active
                  and ('CASE_WORKER' = any(u.roles) or 'SUPERVISOR' = any(u.roles))
                  and o.id = (select o2.id from organization o2 where o2.demo and o2.type = 'SERVICE_PROVIDER'
                              and o2.id <> ? order by o2.name limit 1)
                order by u.username limit 1""", String.class, first.organizationId(), first.organizationId());
        boolean casecoreSecond =
                jdbc.queryForObject("select count(*) from app_user where username = 'caseworker2'", Integer.class) > 0;
        StaffPrincipal second = staff.principal(casecoreSecond ? "caseworker2" : secondName);
        demoCase(first);
        demoCase(second);
        List<UUID> existing = jdbc.queryForList("select id from referral", UUID.class);

        demo.contribute(new Random(7));
        UUID[] made = jdbc.queryForList("select id from referral where demo", UUID.class).stream()
                .filter(id -> !existing.contains(id))
                .toArray(UUID[]::new);

        List<String> firstToSecond = jdbc.queryForList(
                "select status from referral where demo and sender_org_id = ? and receiving_org_id = ?"
                        + " and id = any(?)",
                String.class,
                first.organizationId(),
                second.organizationId(),
                made);
        List<String> secondToFirst = jdbc.queryForList(
                "select status from referral where demo and sender_org_id = ? and receiving_org_id = ?"
                        + " and id = any(?)",
                String.class,
                second.organizationId(),
                first.organizationId(),
                made);
        for (List<String> way : List.of(firstToSecond, secondToFirst)) {
            assertThat(way)
                    .contains(
                            "DRAFT", "SENT", "RECEIVED", "WAIT_LISTED", "ACCEPTED", "DECLINED", "COMPLETED", "REVOKED");
        }
        assertThat(made).hasSize(20);
        assertThat(jdbc.queryForObject(
                        "select count(*) from referral where demo and basis = 'IMMINENT_DANGER' and id = any(?)",
                        Integer.class,
                        (Object) made))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from referral where demo and consent_ended and due_at < now()"
                                + " and id = any(?)",
                        Integer.class,
                        (Object) made))
                .isEqualTo(2);
    }

    private UUID demoCase(StaffPrincipal worker) {
        UUID id = cases.open(
                worker, new NewCase(CaseOrigin.DIRECT, null, "DEMO: Referral demo person", null, List.of(), List.of()));
        jdbc.update("update case_file set demo = true where id = ?", id);
        return id;
    }
}
