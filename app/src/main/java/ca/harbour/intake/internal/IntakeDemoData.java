package ca.harbour.intake.internal;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.platform.demo.DemoDataContributor;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few hundred synthetic tips and hotline contacts spread over six months and every region, triaged
 * by the rules in force. Older tips are closed; the newest wait in the queue. Every text says DEMO;
 * a few callers share a phone number so repeat contacts show.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class IntakeDemoData implements DemoDataContributor {

    private static final String[] WHAT = {
        "DEMO: A teenager at the mall is always picked up by an older man in a different car, and seems scared of him.",
        "DEMO: Workers at a farm live in a trailer on site and say their boss keeps their passports.",
        "DEMO: An online ad with the same photos appears under three different names in three cities.",
        "DEMO: My neighbour's niece, about 15, has a new phone and expensive clothes and stays out all night.",
        "DEMO: Women are driven to a massage business late at night and never seem to leave alone.",
        "DEMO: A restaurant cook told me he owes his recruiter more every month and cannot quit.",
        "DEMO: Hotel staff noticed a girl who looked very young with several adult men coming and going.",
        "DEMO: Une jeune femme dit qu'on lui a pris ses papiers et qu'elle doit rembourser une dette.",
        "DEMO: Des annonces en ligne proposent des « massages » avec des photos de très jeunes filles.",
        "DEMO: Un adolescent du quartier reçoit de l'argent d'un homme plus âgé qui le conduit partout."
    };
    private static final String[] PLACES = {
        "Toronto",
        "Ottawa",
        "Sudbury",
        "Thunder Bay",
        "London",
        "Windsor",
        "Hamilton",
        "Kingston",
        "Timmins",
        "Barrie",
        "Niagara Falls",
        "Sault Ste. Marie"
    };
    private static final String[] REGIONS = {
        "TORONTO",
        "EAST",
        "NORTHEAST",
        "NORTHWEST",
        "WEST",
        "WEST",
        "CENTRAL",
        "EAST",
        "NORTHEAST",
        "CENTRAL",
        "CENTRAL",
        "NORTHEAST"
    };
    private static final String[] HAPPENED = {"NOW", "TODAY", "WEEK", "WEEK", "MONTH", "MONTH", "EARLIER", "UNSURE"};
    private static final String[] MINOR = {"YES", "NO", "NO", "UNSURE", "UNSURE"};

    private final Contacts contacts;
    private final Tips tips;
    private final TriageRules rules;
    private final OrganizationLookup organizations;
    private final JdbcClient jdbc;
    private final Clock clock;

    IntakeDemoData(
            Contacts contacts,
            Tips tips,
            TriageRules rules,
            OrganizationLookup organizations,
            JdbcClient jdbc,
            Clock clock) {
        this.contacts = contacts;
        this.tips = tips;
        this.rules = rules;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static final String[] CONTACT_SUMMARY = {
        "DEMO: Caller's cousin works at a restaurant, lives upstairs, and owes the owner for travel; wants information.",
        "DEMO: Mother worried about her 15-year-old daughter's new older boyfriend; gave CARE unit information.",
        "DEMO: Survivor looking for transitional housing in the north; referral given.",
        "DEMO: Teacher reports a student with hotel key cards and a second phone.",
        "DEMO: Une travailleuse agricole dit que son employeur garde son passeport; information donnée."
    };
    private static final String[] AGE_BANDS = {"UNKNOWN", "AGE_12_15", "AGE_16_17", "AGE_18_24", "AGE_25_PLUS"};
    private static final String[] CALLERS = {"VICTIM", "FAMILY_FRIEND", "PROFESSIONAL", "PUBLIC", "ANONYMOUS"};
    private static final String[] CHANNELS = {"CALL", "CALL", "CALL", "CHAT", "TEXT", "EMAIL"};

    private void contacts(Random random, Instant now) {
        List<UUID> advocates = jdbc.sql("""
                select u.id from app_user u join organization o on o.id = u.organization_id
                where o.type = 'HOTLINE' and 'ADVOCATE' = any(u.roles) and u.demo order by u.username""").query(UUID.class).list();
        Map<UUID, UUID> orgOf = new HashMap<>();
        for (UUID a : advocates) {
            orgOf.put(
                    a,
                    jdbc.sql("select organization_id from app_user where id = :id")
                            .param("id", a)
                            .query(UUID.class)
                            .single());
        }
        for (int i = 0; i < 200 && !advocates.isEmpty(); i++) {
            UUID advocate = advocates.get(random.nextInt(advocates.size()));
            UUID id = UUID.randomUUID();
            int place = random.nextInt(PLACES.length);
            boolean safe = random.nextInt(10) > 0;
            int minutesAgo = 30 + random.nextInt(60 * 24 * 180);
            // a few completed contacts from the last hours, so the live queue shows follow-up work
            boolean recent = i >= 5 && i < 10;
            contacts.insertDraft(
                    id,
                    orgOf.get(advocate),
                    advocate,
                    safe,
                    now.minus(Duration.ofMinutes(recent ? 25 + 45 * i : minutesAgo)),
                    true);
            String summary = CONTACT_SUMMARY[random.nextInt(CONTACT_SUMMARY.length)];
            ContactForm form = new ContactForm(
                    CHANNELS[random.nextInt(CHANNELS.length)],
                    3 + random.nextInt(40),
                    CALLERS[random.nextInt(CALLERS.length)],
                    summary.contains("Une ") ? "fr" : "en",
                    random.nextInt(8) == 0,
                    REGIONS[place],
                    "DEMO " + PLACES[place],
                    AGE_BANDS[random.nextInt(AGE_BANDS.length)],
                    "WOMAN",
                    List.of(random.nextBoolean() ? "SexualExploitation" : "ForcedLabour"),
                    List.of("DEBT"),
                    random.nextInt(25) == 0,
                    summary,
                    "",
                    random.nextInt(5) == 0 ? String.format("647-555-%04d", random.nextInt(40)) : "",
                    random.nextBoolean() ? "YES" : "NOT_ASKED",
                    random.nextBoolean(),
                    "",
                    "",
                    List.of("INFORMATION"),
                    recent && i % 2 == 1 ? "DEMO: call back on the safe number after 6 pm" : "",
                    null);
            contacts.update(id, form, i >= 5, rules.current().decide(form.facts()));
        }
        // older follow-ups were done long ago; only the last two days still wait in the live queue
        jdbc.sql("update contact set queue_status = 'CLOSED' where demo and started_at < :cut")
                .param("cut", Timestamp.from(now.minus(Duration.ofDays(2))))
                .update();
    }

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void contribute(Random random) {
        UUID hotline = organizations
                .firstActive(OrganizationType.HOTLINE)
                .map(Organization::id)
                .orElse(null);
        Instant now = clock.instant();
        contacts(random, now);
        for (int i = 0; i < 300; i++) {
            int place = random.nextInt(PLACES.length);
            String minor = MINOR[random.nextInt(MINOR.length)];
            Integer age = "YES".equals(minor) ? 12 + random.nextInt(6) : null;
            String what = WHAT[random.nextInt(WHAT.length)];
            boolean french = what.contains("Une ") || what.contains("Des ") || what.contains("Un ");
            TipForm form = new TipForm(
                    what,
                    "DEMO " + PLACES[place],
                    random.nextInt(3) == 0 ? "DEMO grey sedan, plate DEMO-123" : "",
                    REGIONS[place],
                    HAPPENED[random.nextInt(HAPPENED.length)],
                    random.nextInt(20) == 0,
                    minor,
                    age,
                    random.nextInt(4) == 0 ? "DEMO Caller " + i : "",
                    random.nextInt(4) == 0 ? String.format("416-555-%04d", random.nextInt(10_000)) : "",
                    "",
                    "");
            // most tips are months old; the newest few are still waiting for an advocate
            Duration age0 = i < 12
                    ? Duration.ofMinutes(5 + random.nextInt(600))
                    : Duration.ofHours(48 + random.nextInt(24 * 180));
            UUID id = UUID.randomUUID();
            tips.insert(
                    id,
                    String.format("HT-DEMO-%04d", i),
                    now.minus(age0),
                    hotline,
                    french ? "fr" : "en",
                    form,
                    rules.current().decide(form.facts()),
                    true);
            if (i >= 12) {
                jdbc.sql("update tip set status = 'CLOSED' where id = :id")
                        .param("id", id)
                        .update();
            }
        }
    }
}
