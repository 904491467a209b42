package ca.harbour.care.internal;

import ca.harbour.care.internal.CareActions.Action;
import ca.harbour.care.internal.CareConferences.Attendee;
import ca.harbour.care.internal.CareConferences.Conference;
import ca.harbour.care.internal.CareConferences.Share;
import ca.harbour.care.internal.CareTeams.Member;
import ca.harbour.care.internal.CareYouthRecords.NewYouth;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.demo.DemoDataContributor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For each demo CARE team, a demo youth of its own with a consent to the team, and a case conference with outside
 * attendees, items shared on that consent and on a legal basis, and an intervention plan with one action overdue,
 * one due this week, one later and one done, so the board's follow-up is alive on first start. Every row is demo.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class ConferenceDemoData implements DemoDataContributor {

    private static final String[] LABELS = {"Demo youth K. M.", "Demo youth S. B."};
    private static final String[] OUTSIDE = {"Demo R. Leclerc", "Demo A. Whitehorse"};

    private final JdbcClient jdbc;
    private final CareTeams teams;
    private final CareYouthRecords youth;
    private final YouthConsents consents;
    private final CareConferences conferences;
    private final CareActions actions;
    private final Clock clock;
    private final PlatformSettings platform;

    ConferenceDemoData(
            JdbcClient jdbc,
            CareTeams teams,
            CareYouthRecords youth,
            YouthConsents consents,
            CareConferences conferences,
            CareActions actions,
            Clock clock,
            PlatformSettings platform) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.youth = youth;
        this.consents = consents;
        this.conferences = conferences;
        this.actions = actions;
        this.clock = clock;
        this.platform = platform;
    }

    @Override
    public String name() {
        return "care-conferences";
    }

    @Override
    public int order() {
        return 87;
    }

    @Override
    public void contribute(Random random) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, platform.zone());
        List<CareTeams.Team> demoTeams =
                teams.all().stream().filter(CareTeams.Team::demo).toList();
        for (int i = 0; i < demoTeams.size() && i < LABELS.length; i++) {
            List<UUID> members = teams.members(demoTeams.get(i).id()).stream()
                    .filter(Member::current)
                    .map(Member::userId)
                    .toList();
            if (!members.isEmpty()) {
                seed(demoTeams.get(i).id(), members, i, random, now, today);
            }
        }
    }

    private void seed(UUID team, List<UUID> members, int i, Random random, Instant now, LocalDate today) {
        UUID first = members.get(0);
        UUID org = organizationOf(first);
        int age = 13 + random.nextInt(4);
        UUID youthId = youth.insert(new NewYouth(
                team,
                YouthSource.SCHOOL,
                null,
                null,
                LABELS[i],
                today.minusYears(age).minusDays(40 + random.nextInt(200)),
                age,
                false,
                i == 1 ? IndigenousIdentity.FIRST_NATIONS : IndigenousIdentity.NOT_SHARED,
                first,
                org,
                now.minus(30, ChronoUnit.DAYS),
                true));
        UUID consentId = UUID.randomUUID();
        consents.insert(
                new YouthConsent(
                        consentId,
                        youthId,
                        YouthConsent.GivenBy.YOUTH,
                        EnumSet.of(
                                InformationCategory.IDENTITY,
                                InformationCategory.CONTACT,
                                InformationCategory.SAFETY_PLAN),
                        null,
                        "Demo: planning the youth's safety with the CARE team",
                        today.minusDays(21),
                        today.plusMonths(6),
                        YouthConsent.Manner.WRITTEN,
                        null,
                        now.minus(21, ChronoUnit.DAYS),
                        null,
                        true),
                first);
        LocalDate heldOn = today.minusDays(10);
        UUID conference = UUID.randomUUID();
        conferences.insert(new Conference(
                conference,
                youthId,
                heldOn,
                "Demo: meet the youth weekly at school; review the safety plan together in two weeks.",
                first,
                now.minus(10, ChronoUnit.DAYS),
                true));
        for (UUID m : members) {
            conferences.addAttendee(conference, new Attendee(UUID.randomUUID(), m, null, null));
        }
        conferences.addAttendee(
                conference, new Attendee(UUID.randomUUID(), null, OUTSIDE[i], "Demo school social worker"));
        conferences.addShare(
                conference,
                new Share(
                        UUID.randomUUID(),
                        InformationCategory.SAFETY_PLAN,
                        org,
                        SharingBasis.CONSENT,
                        consentId,
                        null,
                        first,
                        now.minus(10, ChronoUnit.DAYS)));
        conferences.addShare(
                conference,
                new Share(
                        UUID.randomUUID(),
                        InformationCategory.CIRCUMSTANCES,
                        org,
                        SharingBasis.CHILD_AT_RISK,
                        null,
                        "Demo: recruiter seen near the youth's school",
                        first,
                        now.minus(10, ChronoUnit.DAYS)));
        String[] what = {
            "Demo: call the school's attendance office",
            "Demo: review the safety plan with the youth",
            "Demo: follow up with the outside worker",
            "Demo: book a health appointment"
        };
        int[] due = {-3, 0, 20, -8};
        for (int k = 0; k < what.length; k++) {
            UUID id = UUID.randomUUID();
            UUID owner = members.get(k % members.size());
            actions.insert(new Action(id, conference, youthId, what[k], owner, today.plusDays(due[k]), null));
            if (k == 3) {
                actions.markDone(id, true, owner, now.minus(2, ChronoUnit.DAYS));
            }
        }
    }

    private UUID organizationOf(UUID user) {
        return jdbc.sql("select organization_id from app_user where id = :id")
                .param("id", user)
                .query(UUID.class)
                .single();
    }
}
