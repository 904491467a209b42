package ca.harbour.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import ca.harbour.identity.StaffPrincipal;
import ca.harbour.identity.internal.SignInSteps;
import ca.harbour.identity.internal.UserAccount;
import ca.harbour.identity.internal.Users;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs requests in as a real demo account, with exactly the authorities sign-in would give. */
@Component
public class Staff {

    private final Users users;
    private final JdbcTemplate jdbc;
    private final SignInSteps steps;

    Staff(Users users, JdbcTemplate jdbc, SignInSteps steps) {
        this.users = users;
        this.jdbc = jdbc;
        this.steps = steps;
    }

    public UserAccount account(String username) {
        return users.byUsername(username).orElseThrow(() -> new IllegalStateException("no demo user " + username));
    }

    public Authentication signedIn(String username) {
        return steps.next(account(username), true, false);
    }

    public StaffPrincipal principal(String username) {
        return (StaffPrincipal) signedIn(username).getPrincipal();
    }

    /** Another demo user of the same organization who also has {@code role}. */
    public String colleagueOf(String username, String role) {
        return jdbc.queryForObject("""
                select u.username from app_user u where u.organization_id = (select organization_id from app_user where username = ?)
                  and ? = any(u.roles) and u.username <> ? order by u.username limit 1""", String.class, username, role, username);
    }

    public RequestPostProcessor as(String username) {
        return authentication(signedIn(username));
    }
}
