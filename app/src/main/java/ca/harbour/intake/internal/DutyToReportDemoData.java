package ca.harbour.intake.internal;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.platform.demo.DemoDataContributor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports to a children's aid society for the demo contacts about a person under 16: every one recorded
 * (by the contact's advocate, within the hour), except the most recent, which shows as overdue.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class DutyToReportDemoData implements DemoDataContributor {

    private record Candidate(UUID id, UUID advocateId, Instant startedAt) {}

    private final DutyToReports reports;
    private final OrganizationLookup organizations;
    private final JdbcClient jdbc;
    private final Clock clock;

    DutyToReportDemoData(DutyToReports reports, OrganizationLookup organizations, JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "intake-duty-to-report";
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public void contribute(Random random) {
        List<Organization> societies = organizations.active(Set.of(OrganizationType.CHILDRENS_AID_SOCIETY));
        if (societies.isEmpty()) {
            return;
        }
        if (candidates().size() < 2) {
            // the random mix gave too few: make the two latest completed demo contacts about a 12-to-15-year-old
            jdbc.sql("""
                    update contact set age_band = 'AGE_12_15' where id in (
                      select id from contact where demo and status = 'COMPLETE' order by started_at desc limit 2)""").update();
        }
        Instant now = clock.instant();
        List<Candidate> list = candidates();
        for (int i = 1; i < list.size(); i++) {
            Candidate c = list.get(i);
            Instant at = c.startedAt().plus(Duration.ofMinutes(20 + random.nextInt(40)));
            reports.save(
                    c.id(),
                    societies.get(random.nextInt(societies.size())).id(),
                    at.isAfter(now) ? now : at,
                    c.advocateId(),
                    String.format("DEMO-CAS-%04d", i),
                    true);
        }
    }

    /** Completed demo contacts about a person under 16, the most recent first. */
    private List<Candidate> candidates() {
        return jdbc.sql(
                        "select c.id, c.advocate_id, c.started_at from contact c where c.demo and c.status = 'COMPLETE' and "
                                + DutyToReports.UNDER_16 + " order by c.started_at desc")
                .query((rs, n) -> new Candidate(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }
}
