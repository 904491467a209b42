package ca.harbour.identity.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.platform.crypto.LookupHash;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password, throttles repeated failures, and audits every attempt.
 *
 * <p>Every attempt does the same work whatever the username: the throttle's reads and writes, one account
 * look-up, one password hash (against a decoy when there is no account), one audit row. The
 * answer is one of two, and neither depends on whether the account exists: {@link BadCredentialsException}
 * (unknown, deactivated, locked by wrong second-factor codes, or wrong password) or {@link LockedException}
 * (this username or this address must wait a moment, which happens to unknown usernames just the same).
 * A username that matches no account is audited as a keyed hash, never as typed.
 */
@Component
class SignInProvider implements AuthenticationProvider {

    static final String UNKNOWN_USERNAME = "identity.sign_in.unknown_username";

    private final Users users;
    private final PasswordEncoder passwords;
    private final Audit audit;
    private final IdentitySettings settings;
    private final SignInThrottle throttle;
    private final LookupHash lookup;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String decoyHash;
    private final SignInSteps steps;

    SignInProvider(
            Users users,
            PasswordEncoder passwords,
            Audit audit,
            IdentitySettings settings,
            SignInThrottle throttle,
            LookupHash lookup,
            Clock clock,
            PlatformTransactionManager transactions,
            SignInSteps steps) {
        this.steps = steps;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.settings = settings;
        this.throttle = throttle;
        this.lookup = lookup;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.decoyHash = passwords.encode("decoy-password-for-timing");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = String.valueOf(request.getName()).trim().toLowerCase(Locale.ROOT);
        String password = String.valueOf(request.getCredentials());
        if (username.length() > 64 || password.length() > 256) {
            throw new BadCredentialsException("bad credentials"); // no account has such a name, no password is so long
        }
        String address = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        // taken and counted before the slow check, in its own short transaction (see SignInThrottle#attempt)
        boolean throttled = Boolean.TRUE.equals(tx.execute(s -> throttle.attempt(username, address)));
        Optional<UserAccount> found = users.byUsername(username);
        boolean passwordRight =
                passwords.matches(password, found.map(UserAccount::passwordHash).orElse(decoyHash));
        UserAccount account = found.orElse(null);
        boolean usable = account != null && account.active() && !account.lockedAt(clock.instant());
        if (throttled || !usable || !passwordRight) {
            String actor = account != null ? username : unknown(username);
            tx.executeWithoutResult(s -> audit.recordFor(
                    actor,
                    account == null ? null : account.organizationId(),
                    throttled ? AuditAction.SIGN_IN_LOCKED : AuditAction.SIGN_IN_FAILED,
                    "user",
                    account == null ? null : account.id(),
                    why(throttled, account)));
            throw throttled ? new LockedException("throttled") : new BadCredentialsException("bad credentials");
        }
        tx.executeWithoutResult(s -> {
            throttle.succeeded(username, address);
            audit.recordFor(
                    username,
                    account.organizationId(),
                    AuditAction.SIGN_IN,
                    "user",
                    account.id(),
                    account.totpEnabled() ? "password; second factor pending" : "password");
        });
        return steps.next(account, false, settings.requireSecondFactor());
    }

    /** A category for the administrators reading the audit log (the person trying sees none of it). */
    private String why(boolean throttled, UserAccount account) {
        if (throttled) {
            return "throttled";
        }
        if (account == null) {
            return null;
        }
        return !account.active() ? "inactive account" : account.lockedAt(clock.instant()) ? "locked account" : null;
    }

    /**
     * How the audit log names a username that matches no account: it may be a password typed in the wrong
     * box or a person's name, so only a keyed hash is kept, enough to see repeated attempts with one name.
     */
    String unknown(String username) {
        return "unknown:" + HexFormat.of().formatHex(lookup.hash(username, UNKNOWN_USERNAME), 0, 8);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
