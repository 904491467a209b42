package ca.harbour.care.internal;

import ca.harbour.care.internal.NoteVisibility.Basis;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.demo.DemoDataContributor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo teams' youth, so the board is alive on first start: referrals in every status for both teams, First
 * Nations, Inuit and Métis youth with liaison offers in each state, reports to a children's aid society (one
 * overdue on each team), first contacts for the median, and notes on both sides of the police and
 * child-protection line (one shared on a recorded basis). Seeded, and every row is marked demo.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class CareYouthDemoData implements DemoDataContributor {

    private static final String[] NAMES = {
        "Ava", "Noah", "Maya", "Liam", "Zoe", "Eli", "Aria", "Owen", "Nia", "Jonah", "Lea", "Kai", "Mila", "Theo", "Sky"
    };
    private static final IndigenousIdentity[] INDIGENOUS = {
        IndigenousIdentity.FIRST_NATIONS, IndigenousIdentity.INUIT, IndigenousIdentity.METIS
    };

    private final CareTeams teams;
    private final CareYouthRecords youth;
    private final YouthWorkRecords work;
    private final CareNotes notes;
    private final OrganizationLookup organizations;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PlatformSettings settings;

    CareYouthDemoData(
            CareTeams teams,
            CareYouthRecords youth,
            YouthWorkRecords work,
            CareNotes notes,
            OrganizationLookup organizations,
            JdbcClient jdbc,
            Clock clock,
            PlatformSettings settings) {
        this.teams = teams;
        this.youth = youth;
        this.work = work;
        this.notes = notes;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "care-youth";
    }

    @Override
    public int order() {
        return 86;
    }

    @Override
    public void contribute(Random random) {
        List<Organization> societies = organizations.active(Set.of(OrganizationType.CHILDRENS_AID_SOCIETY));
        for (CareTeams.Team team : teams.all()) {
            if (!team.demo()) {
                continue;
            }
            List<CareTeams.Member> members = teams.members(team.id()).stream()
                    .filter(CareTeams.Member::current)
                    .toList();
            if (members.isEmpty()) {
                continue;
            }
            boolean second = team.name().equals(CareDemoData.SECOND_TEAM);
            int index = 0;
            for (YouthStatus status : YouthStatus.values()) {
                for (int i = 0; i < (status == YouthStatus.RECEIVED ? 3 : 2); i++) {
                    add(random, team, members, societies, status, second && index % 2 == 0, index == 0, index);
                    index++;
                }
            }
        }
    }

    private void add(
            Random random,
            CareTeams.Team team,
            List<CareTeams.Member> members,
            List<Organization> societies,
            YouthStatus status,
            boolean indigenous,
            boolean overdue,
            int index) {
        CareTeams.Member referrer = members.get(random.nextInt(members.size()));
        Instant referredAt = clock.instant()
                .minus(Duration.ofDays(3 + random.nextInt(80)))
                .minus(Duration.ofMinutes(random.nextInt(600)));
        LocalDate referralDay = LocalDate.ofInstant(referredAt, settings.zone());
        int age = overdue ? 14 : 12 + random.nextInt(6);
        boolean estimated = random.nextInt(4) == 0;
        LocalDate birth = estimated ? null : referralDay.minusYears(age).minusDays(1 + random.nextInt(360));
        IndigenousIdentity identity = indigenous
                ? INDIGENOUS[random.nextInt(INDIGENOUS.length)]
                : random.nextBoolean() ? IndigenousIdentity.NOT_SHARED : IndigenousIdentity.NOT_INDIGENOUS;
        YouthSource source =
                new YouthSource[] {YouthSource.SCHOOL, YouthSource.POLICE, YouthSource.OTHER}[random.nextInt(3)];
        UUID id = youth.insert(new CareYouthRecords.NewYouth(
                team.id(),
                source,
                null,
                null,
                NAMES[random.nextInt(NAMES.length)] + " " + (char) ('A' + random.nextInt(26)) + ". (demo)",
                birth,
                birth == null ? age : YouthDuty.ageAtReferral(birth, referralDay),
                estimated,
                identity,
                referrer.userId(),
                organizationOf(referrer.userId()),
                referredAt,
                true));
        Instant decidedAt = referredAt.plus(Duration.ofHours(2 + random.nextInt(30)));
        if (status != YouthStatus.RECEIVED) {
            YouthStatus first = status == YouthStatus.CLOSED ? YouthStatus.ACCEPTED : status;
            work.decide(id, first, "Demo: decided at the team's intake meeting.", referrer.userId(), decidedAt, true);
            if (status == YouthStatus.CLOSED) {
                work.decide(
                        id,
                        status,
                        "Demo: the plan's goals are met.",
                        referrer.userId(),
                        decidedAt.plus(20, ChronoUnit.DAYS),
                        true);
            }
        }
        if (status == YouthStatus.ACCEPTED || status == YouthStatus.CLOSED || index % 3 == 1) {
            work.firstContact(id, referredAt.plus(Duration.ofMinutes(90 + random.nextInt(2880))), referrer.userId());
        }
        int kind = index / 2 % 4;
        if (indigenous && kind != 0) {
            Boolean takenUp = kind == 1 ? Boolean.TRUE : kind == 2 ? null : Boolean.FALSE;
            work.offerLiaison(id, referredAt.plus(Duration.ofHours(6)), referrer.userId(), takenUp, true);
        }
        if (age < 18 && !overdue && !societies.isEmpty() && (age < 16 || random.nextBoolean())) {
            Organization society = societies.get(random.nextInt(societies.size()));
            work.report(
                    id,
                    society.id(),
                    referredAt.plus(Duration.ofHours(1)),
                    referrer.userId(),
                    "DEMO-CAS-" + (1000 + random.nextInt(9000)),
                    true);
        }
        if (index < 2) {
            notes(id, members, referredAt, index == 0);
        }
    }

    private void notes(UUID id, List<CareTeams.Member> members, Instant referredAt, boolean share) {
        boolean written = false;
        for (CareTeams.Member m : members) {
            if (m.function() == MemberFunction.CHILD_PROTECTION && !written) {
                written = true;
                UUID note = notes.insert(
                        id,
                        m.userId(),
                        m.function(),
                        "Demo: home visit; the youth's guardian agreed to a safety plan.",
                        referredAt.plus(Duration.ofDays(1)),
                        true);
                if (share) {
                    notes.share(
                            note,
                            Basis.CHILD_AT_RISK,
                            "Demo: an older man was seen picking the youth up after school.",
                            m.userId(),
                            referredAt.plus(Duration.ofDays(1).plusHours(1)));
                }
            } else if (m.function() == MemberFunction.POLICE) {
                notes.insert(
                        id,
                        m.userId(),
                        m.function(),
                        "Demo: no open police file on the youth; patrol asked to watch the school's exit.",
                        referredAt.plus(Duration.ofDays(2)),
                        true);
            }
        }
    }

    private UUID organizationOf(UUID userId) {
        return jdbc.sql("select organization_id from app_user where id = :id")
                .param("id", userId)
                .query(UUID.class)
                .single();
    }
}
