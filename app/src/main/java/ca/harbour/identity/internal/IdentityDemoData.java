package ca.harbour.identity.internal;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Region;
import ca.harbour.identity.Role;
import ca.harbour.platform.demo.DemoDataContributor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo organizations of every type across Ontario's regions and one named account per role (plus
 * a few more people per organization). Every name says "Demo"; nothing here is a real person.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class IdentityDemoData implements DemoDataContributor {

    /**
     * The password of every demo account; printed at start and listed in the README. It is public and
     * built from "harbour", so {@link PasswordPolicy} would refuse it: the policy governs passwords people
     * choose, and demo accounts are made here, with synthetic data only, by design. Nobody can choose it
     * for a real account, and a demo account that changes its password gets the policy like everyone.
     */
    static final String DEMO_PASSWORD = "Harbour-demo-2026";

    /**
     * The named demo accounts, by role, and the organization type each belongs to (and which one of that type, the
     * first when not said).
     */
    static final Map<String, Object[]> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put("advocate", new Object[] {Role.ADVOCATE, OrganizationType.HOTLINE});
        NAMED.put("caseworker", new Object[] {Role.CASE_WORKER, OrganizationType.SERVICE_PROVIDER});
        NAMED.put("supervisor", new Object[] {Role.SUPERVISOR, OrganizationType.SERVICE_PROVIDER});
        // a case worker at a second agency, to try the rules between agencies (transfers, referrals) by hand
        NAMED.put("caseworker2", new Object[] {Role.CASE_WORKER, OrganizationType.SERVICE_PROVIDER, 1});
        NAMED.put("care", new Object[] {Role.CARE_MEMBER, OrganizationType.CHILDRENS_AID_SOCIETY});
        NAMED.put("analyst", new Object[] {Role.POLICE_ANALYST, OrganizationType.POLICE_SERVICE});
        NAMED.put("programs", new Object[] {Role.PROGRAM_OFFICER, OrganizationType.MINISTRY});
        NAMED.put("stats", new Object[] {Role.STATS_ANALYST, OrganizationType.MINISTRY});
        NAMED.put("admin", new Object[] {Role.ADMIN, OrganizationType.MINISTRY});
        // the other two sides of a CARE team: a police officer and an Indigenous liaison worker
        NAMED.put("carepolice", new Object[] {Role.CARE_MEMBER, OrganizationType.POLICE_SERVICE});
        NAMED.put("liaison", new Object[] {Role.CARE_MEMBER, OrganizationType.INDIGENOUS_ORGANIZATION});
    }

    /** A place for each demo organization (there are 22), so every name is unique without a number. */
    private static final String[] PLACES = {
        "Lakeshore",
        "Northern Lights",
        "Trillium",
        "Riverside",
        "Pine Ridge",
        "Harbourfront",
        "Bayview",
        "Maple Grove",
        "Cedar Hills",
        "Georgian Bay",
        "Thunder Bay",
        "Ottawa Valley",
        "Bruce Peninsula",
        "Muskoka",
        "Kawartha Lakes",
        "Niagara",
        "Algonquin",
        "Rainy River",
        "Temiskaming",
        "Quinte",
        "Haliburton",
        "Grand River",
        "Manitoulin"
    };

    private static final Map<OrganizationType, String> SUFFIX = Map.of(
            OrganizationType.HOTLINE,
            "Helpline",
            OrganizationType.SERVICE_PROVIDER,
            "Survivor Services",
            OrganizationType.CHILDRENS_AID_SOCIETY,
            "Children's Aid Society",
            OrganizationType.POLICE_SERVICE,
            "Police Service",
            OrganizationType.INDIGENOUS_ORGANIZATION,
            "Indigenous Healing Lodge",
            OrganizationType.MINISTRY,
            "Ministry Office",
            OrganizationType.OTHER,
            "Community Network");
    private static final String[] GIVEN = {
        "Alex",
        "Sam",
        "Jordan",
        "Taylor",
        "Morgan",
        "Dominique",
        "Camille",
        "Claude",
        "Robin",
        "Noor",
        "Aiyana",
        "Mei",
        "Jean",
        "Priya",
        "Kai"
    };
    private static final String[] FAMILY = {
        "Tremblay",
        "Martin",
        "Roy",
        "Singh",
        "Nguyen",
        "Gagnon",
        "Smith",
        "Bouchard",
        "Cardinal",
        "Chen",
        "Morin",
        "Ahmed",
        "Côté",
        "Whitehead",
        "Okafor"
    };

    private final Organizations organizations;
    private final Users users;
    private final PasswordEncoder passwords;

    IdentityDemoData(Organizations organizations, Users users, PasswordEncoder passwords) {
        this.organizations = organizations;
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void contribute(Random random) {
        String hash = passwords.encode(DEMO_PASSWORD); // one hash for all: Argon2 is slow on purpose
        Region[] regions = {Region.TORONTO, Region.CENTRAL, Region.EAST, Region.WEST, Region.NORTHEAST, Region.NORTHWEST
        };
        Map<OrganizationType, List<Organization>> byType = new LinkedHashMap<>();
        int place = 0;
        for (OrganizationType type : OrganizationType.values()) {
            int count = type == OrganizationType.SERVICE_PROVIDER ? 6 : type == OrganizationType.MINISTRY ? 1 : 3;
            for (int i = 0; i < count; i++) {
                Region region = type == OrganizationType.MINISTRY
                        ? Region.PROVINCE_WIDE
                        : regions[(place + i) % regions.length];
                String name = "Demo " + PLACES[place++] + " " + SUFFIX.get(type);
                List<String> languages = type == OrganizationType.INDIGENOUS_ORGANIZATION
                        ? List.of("en", "oj", "cr")
                        : random.nextBoolean() ? List.of("en", "fr") : List.of("en");
                Organization o = new Organization(UUID.randomUUID(), name, type, region, languages, true, true, null);
                organizations.insert(o);
                byType.computeIfAbsent(type, t -> new ArrayList<>()).add(o);
            }
        }
        for (Map.Entry<String, Object[]> named : NAMED.entrySet()) {
            Role role = (Role) named.getValue()[0];
            int which = named.getValue().length > 2 ? (Integer) named.getValue()[2] : 0;
            Organization org =
                    byType.get((OrganizationType) named.getValue()[1]).get(which);
            add(named.getKey(), "Demo " + capitalise(named.getKey()), org, Set.of(role), hash, random);
        }
        int n = 0;
        for (List<Organization> orgs : byType.values()) {
            for (Organization org : orgs) {
                for (int i = 0; i < 2; i++) {
                    String given = GIVEN[random.nextInt(GIVEN.length)];
                    String family = FAMILY[random.nextInt(FAMILY.length)];
                    Role role = roleFor(org.type(), random);
                    add("demo." + (++n), "Demo " + given + " " + family, org, Set.of(role), hash, random);
                }
            }
        }
    }

    private void add(String username, String name, Organization org, Set<Role> roles, String hash, Random random) {
        String phone = String.format("+1 416 555 %04d", random.nextInt(10_000));
        users.insert(new UserAccount(
                UUID.randomUUID(),
                org.id(),
                org.name(),
                username,
                name,
                username + "@demo.harbour.invalid",
                phone,
                hash,
                false,
                roles,
                random.nextInt(4) == 0 ? "fr" : "en",
                null,
                false,
                null,
                0,
                null,
                true,
                true));
    }

    private static Role roleFor(OrganizationType type, Random random) {
        return switch (type) {
            case HOTLINE -> Role.ADVOCATE;
            case SERVICE_PROVIDER, INDIGENOUS_ORGANIZATION, OTHER ->
                random.nextBoolean() ? Role.CASE_WORKER : Role.SUPERVISOR;
            case CHILDRENS_AID_SOCIETY -> Role.CARE_MEMBER;
            case POLICE_SERVICE -> random.nextBoolean() ? Role.POLICE_ANALYST : Role.CARE_MEMBER;
            case MINISTRY -> random.nextBoolean() ? Role.PROGRAM_OFFICER : Role.STATS_ANALYST;
        };
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
