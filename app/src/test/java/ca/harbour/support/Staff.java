package ca.harbour.support;

import ca.harbour.identity.internal.SignInSteps;
import ca.harbour.identity.internal.UserAccount;
import ca.harbour.identity.internal.Users;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signs requests in as a real demo account, with exactly the authorities sign-in would give. */
@Component
public class Staff {

    private final Users users;

    Staff(Users users) {
        this.users = users;
    }

    public UserAccount account(String username) {
        return users.byUsername(username).orElseThrow(() -> new IllegalStateException("no demo user " + username));
    }

    public Authentication signedIn(String username) {
        return SignInSteps.next(account(username), true, false);
    }

    public RequestPostProcessor as(String username) {
        return authentication(signedIn(username));
    }
}
