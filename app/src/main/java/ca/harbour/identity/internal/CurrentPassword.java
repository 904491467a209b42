package ca.harbour.identity.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-asks a signed-in person for their password before a sensitive change of their own account
 * (a new password, a new second factor). A wrong answer counts towards the account's sign-in failures
 * exactly like a wrong password at sign-in, so a stolen session cannot be used to guess the password;
 * while the account is locked, even the right one is refused.
 */
@Component
public class CurrentPassword {

    /** The answer to a re-asked password. */
    public enum Check {
        RIGHT,
        WRONG,
        LOCKED
    }

    private final Users users;
    private final PasswordEncoder passwords;
    private final Audit audit;
    private final IdentitySettings settings;
    private final Clock clock;

    CurrentPassword(Users users, PasswordEncoder passwords, Audit audit, IdentitySettings settings, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Checks {@code password} against the account; counts and audits a wrong one (the caller's transaction). */
    @Transactional(noRollbackFor = Exception.class)
    public Check check(UserAccount account, String password) {
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            return Check.LOCKED;
        }
        if (password != null
                && password.length() <= PasswordPolicy.MAX_LENGTH
                && passwords.matches(password, account.passwordHash())) {
            return Check.RIGHT;
        }
        users.recordFailure(account.id(), settings.maxFailures(), now.plus(settings.lockout()));
        audit.recordFor(
                account.username(),
                account.organizationId(),
                AuditAction.SIGN_IN_FAILED,
                "user",
                account.id(),
                "wrong current password on an account form");
        return Check.WRONG;
    }
}
