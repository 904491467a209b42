package ca.harbour.cases.internal.work;

import ca.harbour.cases.CaseFiles;
import ca.harbour.directory.ServiceFinder;
import ca.harbour.platform.demo.DemoDataContributor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case work on two demo cases in three: a safety plan, a needs assessment, a goal with a directory service
 * and a note or two, written by a worker of the case and marked demo. Without demo cases it adds nothing; a case
 * that already has a safety plan or a note is left as it is.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class CaseWorkDemoData implements DemoDataContributor {

    private record DemoCase(UUID id, UUID workerId, Instant openedAt) {}

    private static final List<String> RISKS = List.of(
            "The former employer knows where she lives",
            "Her passport is still held by the recruiter",
            "Debt owed to the recruiter is used as a threat",
            "Contact from the recruiter through social media");
    private static final List<String> STEPS = List.of(
            "Keep a bag ready with documents and medication",
            "Change the phone number and the social media accounts",
            "Agree a safe word with the shelter staff",
            "Meet the legal clinic about the immigration status");
    private static final List<String> NOTES = List.of(
            "First meeting at the drop-in centre. She would like help with housing first.",
            "Called at the agreed time. She has started the application for the shelter.",
            "Went with her to the legal clinic. Next appointment in two weeks.");

    private final SafetyPlans safetyPlans;
    private final NeedsAssessments needs;
    private final ServicePlanRecords plans;
    private final CaseNotes notes;
    private final CaseFiles cases;
    private final ServiceFinder directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseWorkDemoData(
            SafetyPlans safetyPlans,
            NeedsAssessments needs,
            ServicePlanRecords plans,
            CaseNotes notes,
            CaseFiles cases,
            ServiceFinder directory,
            JdbcClient jdbc,
            Clock clock) {
        this.safetyPlans = safetyPlans;
        this.needs = needs;
        this.plans = plans;
        this.notes = notes;
        this.cases = cases;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "cases-work";
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public void contribute(Random random) {
        List<DemoCase> demoCases = jdbc.sql("""
                select c.id, (select w.user_id from case_worker w where w.case_id = c.id
                              order by w.assigned_at limit 1), c.opened_at
                from case_file c where c.demo
                  and not exists (select 1 from case_safety_plan p where p.case_id = c.id)
                  and not exists (select 1 from case_note n where n.case_id = c.id)
                order by c.opened_at, c.id""")
                .query((rs, n) -> new DemoCase(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .list();
        List<ServiceFinder.ServiceSummary> services = directory.search("housing", false, 5);
        Instant now = clock.instant();
        for (int n = 0; n < demoCases.size(); n++) {
            DemoCase c = demoCases.get(n);
            // every third case is left without case work, as a newly opened case would be
            if (c.workerId() == null || n % 3 == 2) {
                continue;
            }
            Instant at = c.openedAt().isAfter(now) ? now : c.openedAt().plus(Duration.ofHours(2));
            at = at.isAfter(now) ? now : at;
            safetyPlans.save(c.id(), safetyPlan(random), 0, c.workerId(), at, true);
            cases.recordOnTimeline(c.id(), "SAFETY_PLAN_UPDATED", c.id(), c.workerId());
            UUID assessment = UUID.randomUUID();
            needs.insert(assessment, c.id(), assessment(random), c.workerId(), at, true);
            cases.recordOnTimeline(c.id(), "NEEDS_ASSESSED", assessment, c.workerId());
            UUID goal = UUID.randomUUID();
            LocalDate today = LocalDate.now(clock);
            plans.insertGoal(goal, c.id(), "Safe and stable housing", today.plusMonths(3), c.workerId(), at, true);
            if (!services.isEmpty()) {
                UUID service = services.get(random.nextInt(services.size())).id();
                plans.insertService(
                        UUID.randomUUID(),
                        goal,
                        c.id(),
                        service,
                        today.plusDays(random.nextInt(30) - 10),
                        c.workerId(),
                        at,
                        true);
            }
            int count = 1 + random.nextInt(NOTES.size());
            for (int i = 0; i < count; i++) {
                UUID note = UUID.randomUUID();
                notes.insert(
                        note,
                        c.id(),
                        NOTES.get(i),
                        i == 1 && random.nextBoolean() ? NoteSensitivity.SENSITIVE : NoteSensitivity.STANDARD,
                        null,
                        c.workerId(),
                        at.plus(Duration.ofMinutes(10L * (i + 1))),
                        true);
                cases.recordOnTimeline(c.id(), "NOTE_ADDED", note, c.workerId());
            }
        }
    }

    private static SafetyPlan safetyPlan(Random random) {
        return new SafetyPlan(
                RISKS.subList(0, 1 + random.nextInt(RISKS.size())),
                List.of(new SafetyPlan.SafeContact(
                        "Shelter front desk", "Call the shelter line, any time", "Shelter staff")),
                "\"Is the blue car ready?\" means: call 911 for me",
                "Weekdays between 10 and 12",
                STEPS.stream()
                        .map(s -> new SafetyPlan.Step(s, random.nextBoolean()))
                        .toList());
    }

    private static List<NeedsAssessment.Need> assessment(Random random) {
        Map<String, String> levels = new LinkedHashMap<>();
        for (NeedDomain domain : NeedDomain.values()) {
            levels.put(domain.name(), NeedLevel.values()[random.nextInt(NeedLevel.values().length)].name());
        }
        return NeedsAssessment.read(levels, Map.of("HOUSING", "Staying with a friend for now; needs a shelter bed."));
    }
}
