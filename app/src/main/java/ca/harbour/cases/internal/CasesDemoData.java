package ca.harbour.cases.internal;

import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.CaseStage;
import ca.harbour.cases.CaseStatus;
import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.NewConsent;
import ca.harbour.cases.internal.HtcdsVocabulary.CodeList;
import ca.harbour.platform.demo.DemoDataContributor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few hundred synthetic cases across the demo agencies, each with its people, consents (many naming another
 * demo agency, so that referrals and transfers have something to work with) and a timeline. Some are opened from
 * demo hotline contacts whose caller agreed to be followed up. Every name is invented; every row is marked demo.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class CasesDemoData implements DemoDataContributor {

    static final int CASES = 300;

    private static final String[] GIVEN = {
        "Amina", "Lucía", "Mai", "Tatiana", "Grace", "Nadia", "Rosa", "Joy", "Leila", "Ana", "Marie", "Sun", "Ivy",
        "Omar", "Daniel", "Kofi", "Luis", "Tomas", "Ravi", "Nicolás"
    };
    private static final String[] INITIAL = {"A.", "B.", "C.", "D.", "F.", "G.", "K.", "L.", "M.", "N.", "R.", "S."};
    private static final String[] SUMMARIES = {
        "Demo: recruited with a job offer abroad; documents kept by the employer.",
        "Demo: works long hours at a farm, paid little, lives on site.",
        "Demo: met someone online who now controls where she goes.",
        "Demo: owes a large recruitment debt that keeps growing.",
        "Demo: left a situation of exploitation and needs housing and counselling."
    };
    private static final String[] PURPOSES = {
        "Demo: referral for housing support", "Demo: legal advice on immigration status", "Demo: counselling services"
    };

    private record Agency(UUID id, List<UUID> workers, List<UUID> supervisors) {}

    private final JdbcClient jdbc;
    private final CaseRecords cases;
    private final PersonRecords people;
    private final ConsentRecords consents;
    private final HtcdsVocabulary vocabulary;
    private final Clock clock;

    CasesDemoData(
            JdbcClient jdbc,
            CaseRecords cases,
            PersonRecords people,
            ConsentRecords consents,
            HtcdsVocabulary vocabulary,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.people = people;
        this.consents = consents;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void contribute(Random random) {
        List<Agency> agencies = agencies();
        if (agencies.isEmpty()) {
            return;
        }
        List<UUID> contacts = jdbc.sql("select id from contact where demo and consent_contact order by started_at, id")
                .query(UUID.class)
                .list();
        int fromContact = 0;
        for (int n = 0; n < CASES; n++) {
            // the named demo accounts' agencies come first, so caseworker and caseworker2 have plenty to see
            Agency agency = agencies.get(n < 80 ? n % Math.min(2, agencies.size()) : random.nextInt(agencies.size()));
            boolean contact = fromContact < contacts.size() && random.nextInt(6) == 0;
            UUID source = contact ? contacts.get(fromContact++) : null;
            one(random, agency, agencies, source);
        }
    }

    private List<Agency> agencies() {
        Map<UUID, Agency> byId = new LinkedHashMap<>();
        // the agencies of caseworker and caseworker2 first, then the others
        jdbc.sql("""
                select o.id from organization o
                where o.demo and o.active and o.type in ('SERVICE_PROVIDER', 'INDIGENOUS_ORGANIZATION')
                order by (select min(case u.username when 'caseworker' then 0 when 'caseworker2' then 1 end)
                          from app_user u where u.organization_id = o.id) nulls last, o.name""")
                .query(UUID.class)
                .list()
                .forEach(id -> byId.put(id, new Agency(id, staff(id, "CASE_WORKER"), staff(id, "SUPERVISOR"))));
        return byId.values().stream()
                .filter(a -> !a.workers().isEmpty() || !a.supervisors().isEmpty())
                .toList();
    }

    private List<UUID> staff(UUID organization, String role) {
        return jdbc.sql("""
                select id from app_user where organization_id = :org and active and :role = any(roles)
                order by case when username like 'caseworker%' or username = 'supervisor' then 0 else 1 end, username""")
                .param("org", organization)
                .param("role", role)
                .query(UUID.class)
                .list();
    }

    private void one(Random random, Agency agency, List<Agency> agencies, @Nullable UUID contactId) {
        List<UUID> staff = new ArrayList<>(agency.workers());
        staff.addAll(agency.supervisors());
        UUID worker = agency.workers().isEmpty() ? staff.get(0) : pick(random, agency.workers());
        Instant opened = clock.instant().minus(Duration.ofHours(24 * 60 + random.nextInt(24 * 340)));
        String label = pick(random, GIVEN) + " " + pick(random, INITIAL);
        UUID id = UUID.randomUUID();
        NewCase opening = new NewCase(
                contactId == null ? CaseOrigin.DIRECT : CaseOrigin.CONTACT,
                contactId,
                label,
                pick(random, SUMMARIES),
                some(random, vocabulary.codes(CodeList.EXPLOITATION), 1 + random.nextInt(2)),
                some(random, vocabulary.codes(CodeList.CONTROL), random.nextInt(4)));
        cases.insert(id, agency.id(), opening, worker, opened, true);
        cases.describe(
                id,
                opening.exploitationTypes(),
                opening.meansOfControl(),
                some(random, vocabulary.codes(CodeList.RECRUITMENT), random.nextInt(2)),
                opened);
        cases.addEvent(id, "OPENED", contactId, worker, opened);
        Instant at = opened;
        if (random.nextInt(3) == 0 && staff.size() > 1) {
            UUID second = pick(random, staff);
            at = at.plus(Duration.ofHours(2));
            cases.assign(id, second, at);
            cases.addEvent(
                    id,
                    "WORKER_ASSIGNED",
                    second,
                    agency.supervisors().isEmpty()
                            ? worker
                            : agency.supervisors().get(0),
                    at);
        }
        at = addPeople(random, id, label, worker, at);
        at = addConsents(random, id, agency, agencies, worker, at);
        move(random, id, worker, at);
    }

    private Instant addPeople(Random random, UUID caseId, String label, UUID worker, Instant at) {
        LocalDate today = LocalDate.now(clock);
        Instant when = at.plus(Duration.ofMinutes(30));
        boolean born = random.nextBoolean();
        people.insert(
                UUID.randomUUID(),
                caseId,
                new PersonRules.Person(
                        PersonRole.SURVIVOR,
                        label,
                        born ? today.minusYears(16 + random.nextInt(40)).minusDays(random.nextInt(365)) : null,
                        born ? null : 16 + random.nextInt(40),
                        pick(random, vocabulary.codes(CodeList.GENDER)),
                        List.of(pick(random, List.of("en", "fr", "es", "tl", "pa", "uk", "oj"))),
                        random.nextInt(6) == 0 ? pick(random, PersonRules.INDIGENOUS) : null,
                        pick(random, PersonRules.IMMIGRATION)),
                worker,
                when,
                true);
        cases.addEvent(caseId, "PERSON_ADDED", null, worker, when);
        if (random.nextInt(3) == 0) {
            when = when.plus(Duration.ofHours(1));
            PersonRole role = random.nextBoolean() ? PersonRole.SUSPECTED_TRAFFICKER : PersonRole.FAMILY_MEMBER;
            people.insert(
                    UUID.randomUUID(),
                    caseId,
                    new PersonRules.Person(
                            role,
                            "Demo " + pick(random, GIVEN),
                            null,
                            25 + random.nextInt(30),
                            null,
                            List.of(),
                            null,
                            null),
                    worker,
                    when,
                    true);
            cases.addEvent(caseId, "PERSON_ADDED", null, worker, when);
        }
        return when;
    }

    private Instant addConsents(
            Random random, UUID caseId, Agency agency, List<Agency> agencies, UUID worker, Instant at) {
        Instant when = at;
        int count = random.nextInt(3);
        for (int i = 0; i < count && agencies.size() > 1; i++) {
            Agency other = agencies.get(random.nextInt(agencies.size()));
            if (other.id().equals(agency.id())) {
                continue;
            }
            when = when.plus(Duration.ofHours(3));
            LocalDate from = when.atOffset(ZoneOffset.UTC).toLocalDate();
            boolean verbal = random.nextBoolean();
            Set<ConsentCategory> categories = EnumSet.of(ConsentCategory.CASE_SUMMARY);
            if (random.nextBoolean()) {
                categories.add(ConsentCategory.IDENTITY);
            }
            if (random.nextInt(3) == 0) {
                categories.add(ConsentCategory.SAFETY_PLAN);
            }
            UUID consent = UUID.randomUUID();
            consents.insert(
                    consent,
                    caseId,
                    new NewConsent(
                            random.nextInt(8) == 0 ? Consent.GivenBy.GUARDIAN : Consent.GivenBy.PERSON,
                            categories,
                            other.id(),
                            null,
                            pick(random, PURPOSES),
                            from,
                            random.nextBoolean() ? from.plusMonths(6) : null,
                            verbal ? Consent.Manner.VERBAL_WITNESSED : Consent.Manner.WRITTEN,
                            verbal ? "Demo witness" : null),
                    worker,
                    when);
            cases.addEvent(caseId, "CONSENT_RECORDED", consent, worker, when);
            if (random.nextInt(8) == 0) {
                when = when.plus(Duration.ofDays(2));
                consents.withdraw(consent, worker, when);
                cases.addEvent(caseId, "CONSENT_WITHDRAWN", consent, worker, when);
            }
        }
        return when;
    }

    /** Moves the case along its stages, following the workflow's own rules, and sometimes closes it. */
    private void move(Random random, UUID caseId, UUID worker, Instant at) {
        CaseWorkflow.State state = new CaseWorkflow.State(CaseStatus.ACTIVE, CaseStage.OPEN);
        int steps = random.nextInt(CaseStage.values().length);
        Instant when = at;
        for (int i = 0; i < steps; i++) {
            CaseStage next = CaseStage.values()[state.stage().ordinal() + 1];
            CaseWorkflow.Outcome outcome = CaseWorkflow.decide(state, new CaseWorkflow.MoveStage(next));
            state = ((CaseWorkflow.Moved) outcome).state();
            when = when.plus(Duration.ofDays(1 + random.nextInt(10)));
            cases.addEvent(caseId, "STAGE_" + next, null, worker, when);
        }
        CaseStatus status = state.status();
        if (state.stage() == CaseStage.CLOSURE && random.nextBoolean()) {
            status = random.nextInt(3) == 0 ? CaseStatus.CLOSED_REFERRED : CaseStatus.CLOSED;
            when = when.plus(Duration.ofDays(3));
            cases.addEvent(caseId, "CLOSED", null, worker, when);
        } else if (state.stage() == CaseStage.SERVICES && random.nextInt(3) == 0) {
            status = CaseStatus.FOLLOW_UP;
            when = when.plus(Duration.ofDays(2));
            cases.addEvent(caseId, "STATUS_FOLLOW_UP", null, worker, when);
        }
        Instant last = when.isAfter(clock.instant()) ? clock.instant() : when;
        cases.moveTo(caseId, status, state.stage(), last);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static List<String> some(Random random, List<String> values, int count) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String v = pick(random, values);
            if (!chosen.contains(v)) {
                chosen.add(v);
            }
        }
        return chosen;
    }
}
