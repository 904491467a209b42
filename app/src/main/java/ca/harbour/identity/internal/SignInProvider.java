package ca.harbour.identity.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password, counts failures towards a lockout, and audits every attempt.
 * Unknown and deactivated accounts get the same answer as a wrong password, after the same work.
 */
@Component
class SignInProvider implements AuthenticationProvider {

    private final Users users;
    private final PasswordEncoder passwords;
    private final Audit audit;
    private final IdentitySettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String decoyHash;

    SignInProvider(Users users, PasswordEncoder passwords, Audit audit, IdentitySettings settings, Clock clock,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.decoyHash = passwords.encode("decoy-password-for-timing");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = String.valueOf(request.getName()).trim().toLowerCase(Locale.ROOT);
        String password = String.valueOf(request.getCredentials());
        if (username.length() > 64 || password.length() > 256) {
            throw new BadCredentialsException("bad credentials");
        }
        Optional<UserAccount> found = users.byUsername(username).filter(UserAccount::active);
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            audited(username, null, AuditAction.SIGN_IN_FAILED);
            throw new BadCredentialsException("bad credentials");
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            audited(username, account, AuditAction.SIGN_IN_LOCKED);
            throw new LockedException("locked");
        }
        if (!passwords.matches(password, account.passwordHash())) {
            tx.executeWithoutResult(s -> {
                users.recordFailure(account.id(), settings.maxFailures(), now.plus(settings.lockout()));
                audit.recordFor(username, account.organizationId(), AuditAction.SIGN_IN_FAILED, "user", account.id(), null);
            });
            throw new BadCredentialsException("bad credentials");
        }
        tx.executeWithoutResult(s -> {
            users.clearFailures(account.id());
            audit.recordFor(username, account.organizationId(), AuditAction.SIGN_IN, "user", account.id(),
                    account.totpEnabled() ? "password; second factor pending" : "password");
        });
        return SignInSteps.next(account, false, settings.requireSecondFactor());
    }

    private void audited(String username, UserAccount account, AuditAction action) {
        tx.executeWithoutResult(s -> audit.recordFor(username, account == null ? null : account.organizationId(),
                action, "user", account == null ? null : account.id(), null));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
