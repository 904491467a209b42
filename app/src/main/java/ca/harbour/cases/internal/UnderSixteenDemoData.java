package ca.harbour.cases.internal;

import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.NewCase;
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
 * A demo case on the under-16 pathway at the {@code caseworker} account's agency: a survivor of 14 when it was
 * opened (a required duty-to-report step, overdue) and an older sibling of about 17 (a report offered), so the
 * marker, the steps and the pickers' order can be tried by hand. Every row is marked demo.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class UnderSixteenDemoData implements DemoDataContributor {

    private final JdbcClient jdbc;
    private final CaseRecords cases;
    private final PersonRecords people;
    private final Clock clock;

    UnderSixteenDemoData(JdbcClient jdbc, CaseRecords cases, PersonRecords people, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "cases-under-16";
    }

    @Override
    public int order() {
        return 61;
    }

    @Override
    public void contribute(Random random) {
        List<UUID[]> worker = jdbc.sql("""
                select id, organization_id from app_user where username = 'caseworker' and active""")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
        if (worker.isEmpty()) {
            return;
        }
        UUID by = worker.get(0)[0];
        Instant opened = clock.instant().minus(Duration.ofDays(12 + random.nextInt(10)));
        LocalDate openedOn = LocalDate.ofInstant(opened, clock.getZone());
        UUID id = UUID.randomUUID();
        NewCase opening = new NewCase(
                CaseOrigin.DIRECT,
                null,
                "Demo Maya L.",
                "Demo: a 14-year-old recruited online by an older 'boyfriend'; referred by her school.",
                List.of(),
                List.of());
        cases.insert(id, worker.get(0)[1], opening, by, opened, true);
        cases.addEvent(id, "OPENED", null, by, opened);
        Instant added = opened.plus(Duration.ofMinutes(20));
        people.insert(
                UUID.randomUUID(),
                id,
                new PersonRules.Person(
                        PersonRole.SURVIVOR,
                        "Demo Maya L.",
                        openedOn.minusYears(14).minusDays(30 + random.nextInt(300)),
                        null,
                        null,
                        List.of("en"),
                        null,
                        null),
                by,
                added,
                true);
        cases.addEvent(id, "PERSON_ADDED", null, by, added);
        Instant sibling = added.plus(Duration.ofMinutes(10));
        people.insert(
                UUID.randomUUID(),
                id,
                new PersonRules.Person(
                        PersonRole.FAMILY_MEMBER, "Demo Tessa L.", null, 17, null, List.of("en"), null, null),
                by,
                sibling,
                true);
        cases.addEvent(id, "PERSON_ADDED", null, by, sibling);
    }
}
