package ca.harbour.support;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Region;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.identity.internal.Organizations;
import ca.harbour.identity.internal.SignInSteps;
import ca.harbour.identity.internal.UserAccount;
import ca.harbour.identity.internal.Users;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Builds the records a test needs, each new and named uniquely, so that a test depends neither on the demo data
 * nor on what another test left behind. Tests on the whole application find it by component scan; module tests bring it in with
 * {@code @Import(Fixtures.class)}.
 */
@Component
public class Fixtures {

    private final Organizations organizations;
    private final Users users;
    private final SignInSteps signIn;

    Fixtures(Organizations organizations, Users users, SignInSteps signIn) {
        this.organizations = organizations;
        this.users = users;
        this.signIn = signIn;
    }

    /** A new active organization of {@code type}, province-wide, English and French. */
    public Organization organization(OrganizationType type) {
        Organization organization = new Organization(
                UUID.randomUUID(),
                "Test organization " + shortId(),
                type,
                Region.PROVINCE_WIDE,
                List.of("en", "fr"),
                true,
                false,
                null);
        organizations.insert(organization);
        return organization;
    }

    /** A new active account in {@code organization} with {@code roles}, signed in with its second factor. */
    public Authentication staff(Organization organization, Role... roles) {
        String username = "test-" + shortId();
        // the password is never used: these accounts are signed in directly, as sign-in would
        UserAccount account = new UserAccount(
                UUID.randomUUID(),
                organization.id(),
                null,
                username,
                "Test " + username,
                null,
                null,
                "{noop}unused",
                false,
                Set.of(roles),
                "en",
                null,
                false,
                null,
                0,
                null,
                true,
                false);
        users.insert(account);
        return signIn.next(users.byUsername(username).orElseThrow(), true, false);
    }

    /** The signed-in staff member of an authentication from {@link #staff}. */
    public static StaffPrincipal principal(Authentication staff) {
        return (StaffPrincipal) staff.getPrincipal();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
