package ca.harbour.referrals.internal;

import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.NewConsent;
import ca.harbour.directory.ServiceOwners;
import ca.harbour.identity.Role;
import ca.harbour.identity.RolePermissions;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.demo.DemoDataContributor;
import ca.harbour.referrals.ReferralBasis;
import ca.harbour.referrals.ReferralStatus;
import ca.harbour.referrals.Urgency;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Referrals in every state, both ways between the demo case worker's agency and a second agency: the agency of
 * {@code caseworker2} when that account exists, otherwise the second demo service provider by name. They are sent
 * from the demo cases of each agency (none when there are none) to a service the other agency runs, each under a
 * consent recorded through the cases module; one goes under an exception, one loses its consent, one is overdue.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class ReferralsDemoData implements DemoDataContributor {

    private static final ReferralStatus[] STATES = {
        ReferralStatus.DRAFT,
        ReferralStatus.SENT,
        ReferralStatus.RECEIVED,
        ReferralStatus.WAIT_LISTED,
        ReferralStatus.ACCEPTED,
        ReferralStatus.DECLINED,
        ReferralStatus.COMPLETED,
        ReferralStatus.REVOKED
    };

    private final ReferralActions actions;
    private final CaseConsents consents;
    private final ServiceOwners owners;
    private final RolePermissions permissions;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralsDemoData(
            ReferralActions actions,
            CaseConsents consents,
            ServiceOwners owners,
            RolePermissions permissions,
            JdbcClient jdbc,
            Clock clock) {
        this.actions = actions;
        this.consents = consents;
        this.owners = owners;
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "referrals";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void contribute(Random random) {
        Optional<StaffPrincipal> first = staff("caseworker");
        if (first.isEmpty()) {
            return;
        }
        Optional<StaffPrincipal> second =
                staff("caseworker2").or(() -> secondAgencyWorker(first.get().organizationId()));
        if (second.isEmpty()) {
            return;
        }
        List<UUID> made = new ArrayList<>();
        made.addAll(between(first.get(), second.get(), random));
        made.addAll(between(second.get(), first.get(), random));
        if (!made.isEmpty()) {
            jdbc.sql("update referral set demo = true where id = any(:ids)")
                    .param("ids", made.toArray(UUID[]::new))
                    .update();
        }
    }

    private List<UUID> between(StaffPrincipal from, StaffPrincipal to, Random random) {
        List<UUID> cases = casesOf(from);
        List<UUID> services = owners.servicesOf(to.organizationId(), 3);
        List<UUID> made = new ArrayList<>();
        if (cases.isEmpty() || services.isEmpty()) {
            return made;
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < STATES.length; i++) {
            UUID caseId = cases.get(i % cases.size());
            UUID service = services.get(i % services.size());
            Set<ConsentCategory> shared = i % 3 == 0
                    ? Set.of(ConsentCategory.IDENTITY)
                    : Set.of(ConsentCategory.IDENTITY, ConsentCategory.CASE_SUMMARY);
            UUID consent = consents.record(
                    from,
                    caseId,
                    new NewConsent(
                            i % 2 == 0 ? Consent.GivenBy.PERSON : Consent.GivenBy.GUARDIAN,
                            Set.of(ConsentCategory.IDENTITY, ConsentCategory.CASE_SUMMARY),
                            to.organizationId(),
                            service,
                            "DEMO: referral for support services",
                            today.minusDays(random.nextInt(30)),
                            today.plusMonths(6),
                            Consent.Manner.WRITTEN,
                            null));
            ReferralStatus target = STATES[i];
            Urgency urgency = i % 4 == 1 ? Urgency.URGENT : Urgency.ROUTINE;
            UUID id = actions.create(
                    from,
                    new ReferralRequest(
                            caseId,
                            service,
                            urgency,
                            shared,
                            ReferralBasis.CONSENT,
                            consent,
                            null,
                            "DEMO: please call the worker before the first appointment.",
                            target != ReferralStatus.DRAFT));
            walk(id, target, from, to);
            made.add(id);
        }
        made.add(exceptional(from, cases.get(0), services.get(0)));
        made.add(overdue(from, cases.get(cases.size() - 1), services.get(0)));
        return made;
    }

    /** Moves a sent referral through the steps that lead to {@code target}, each by the side it belongs to. */
    private void walk(UUID id, ReferralStatus target, StaffPrincipal from, StaffPrincipal to) {
        List<ReferralStatus> path = switch (target) {
            case RECEIVED -> List.of(ReferralStatus.RECEIVED);
            case WAIT_LISTED -> List.of(ReferralStatus.RECEIVED, ReferralStatus.WAIT_LISTED);
            case ACCEPTED -> List.of(ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED);
            case DECLINED -> List.of(ReferralStatus.RECEIVED, ReferralStatus.DECLINED);
            case COMPLETED -> List.of(ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED);
            case REVOKED -> List.of(ReferralStatus.RECEIVED, ReferralStatus.REVOKED);
            default -> List.of();
        };
        for (ReferralStatus step : path) {
            StaffPrincipal actor = step == ReferralStatus.REVOKED ? from : to;
            String note = step == ReferralStatus.DECLINED ? "DEMO: our program is full for people over 25." : null;
            actions.move(actor, id, step, note, false);
        }
    }

    private UUID exceptional(StaffPrincipal from, UUID caseId, UUID service) {
        return actions.create(
                from,
                new ReferralRequest(
                        caseId,
                        service,
                        Urgency.URGENT,
                        Set.of(ConsentCategory.IDENTITY),
                        ReferralBasis.IMMINENT_DANGER,
                        null,
                        "DEMO: she called from a hotel and fears being moved tonight; no time to reach her for consent.",
                        null,
                        true));
    }

    /** A routine referral sent ten days ago and never answered; its consent was since withdrawn. */
    private UUID overdue(StaffPrincipal from, UUID caseId, UUID service) {
        LocalDate today = LocalDate.now(clock);
        UUID consent = consents.record(
                from,
                caseId,
                new NewConsent(
                        Consent.GivenBy.PERSON,
                        Set.of(ConsentCategory.IDENTITY),
                        ownerOf(service),
                        service,
                        "DEMO: housing referral",
                        today.minusDays(20),
                        null,
                        Consent.Manner.VERBAL_WITNESSED,
                        "DEMO: a colleague"));
        UUID id = actions.create(
                from,
                new ReferralRequest(
                        caseId,
                        service,
                        Urgency.ROUTINE,
                        Set.of(ConsentCategory.IDENTITY),
                        ReferralBasis.CONSENT,
                        consent,
                        null,
                        null,
                        true));
        Timestamp tenDaysAgo = Timestamp.from(clock.instant().minus(Duration.ofDays(10)));
        jdbc.sql("update referral set created_at = :at, updated_at = :at, due_at = :due where id = :id")
                .param("at", tenDaysAgo)
                .param("due", Timestamp.from(clock.instant().minus(Duration.ofDays(3))))
                .param("id", id)
                .update();
        consents.withdraw(from, consent);
        return id;
    }

    private UUID ownerOf(UUID service) {
        return owners.harbourOrganization(service).orElseThrow();
    }

    /** Demo cases of the worker's agency that the worker may change, oldest reference first. */
    private List<UUID> casesOf(StaffPrincipal worker) {
        boolean supervisor = worker.has(Role.SUPERVISOR);
        return jdbc.sql("""
                select c.id from case_file c
                where c.demo and c.organization_id = :org and c.status in ('ACTIVE', 'FOLLOW_UP')
                  and (:all or exists (select 1 from case_worker w where w.case_id = c.id and w.user_id = :user))
                order by c.reference limit 8""")
                .param("org", worker.organizationId())
                .param("all", supervisor)
                .param("user", worker.userId())
                .query(UUID.class)
                .list();
    }

    /** A case worker or supervisor of the second demo service provider by name that is not {@code firstOrg}. */
    private Optional<StaffPrincipal> secondAgencyWorker(UUID firstOrg) {
        return jdbc.sql("""
                select u.username from app_user u join organization o on o.id = u.organization_id
                where o.demo and o.type = 'SERVICE_PROVIDER' and o.id <> :first and u.active
                  and ('CASE_WORKER' = any(u.roles) or 'SUPERVISOR' = any(u.roles))
                  and o.id = (select o2.id from organization o2 where o2.demo and o2.type = 'SERVICE_PROVIDER'
                              and o2.id <> :first order by o2.name limit 1)
                order by u.username limit 1""")
                .param("first", firstOrg)
                .query(String.class)
                .optional()
                .flatMap(this::staff);
    }

    private Optional<StaffPrincipal> staff(String username) {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, u.organization_id, o.name, u.roles
                from app_user u join organization o on o.id = u.organization_id
                where u.username = :name and u.active""")
                .param("name", username)
                .query((rs, n) -> {
                    Set<Role> roles = Arrays.stream((String[]) rs.getArray(6).getArray())
                            .map(Role::valueOf)
                            .collect(Collectors.toSet());
                    return new StaffPrincipal(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getObject(4, UUID.class),
                            rs.getString(5),
                            roles,
                            permissions.of(roles),
                            0);
                })
                .optional();
    }
}
