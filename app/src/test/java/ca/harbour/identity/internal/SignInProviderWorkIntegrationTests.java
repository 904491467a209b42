package ca.harbour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.audit.Audit;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.crypto.LookupHash;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sign-in does the same work whatever the username: the real provider and beans, with the password
 * encoder wrapped to count its checks (the slow, timing-visible part of an attempt).
 */
@HarbourTest
class SignInProviderWorkIntegrationTests {

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Audit audit;

    @Autowired
    IdentitySettings settings;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    LookupHash lookup;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AccountAdministration admin;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInSteps steps;

    private final AtomicInteger checks = new AtomicInteger();

    private SignInProvider provider() {
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwordEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                return passwordEncoder.matches(raw, encoded);
            }
        };
        return new SignInProvider(users, counting, audit, settings, throttle, lookup, clock, transactions, steps);
    }

    private record Account(String username, String password) {}

    private Account newAccount() {
        var created = admin.createUser(
                (StaffPrincipal) staff.signedIn("admin").getPrincipal(),
                new UserForm(
                        "w" + UUID.randomUUID().toString().substring(0, 8),
                        "Work Test",
                        null,
                        null,
                        staff.account("caseworker").organizationId(),
                        Set.of(Role.CASE_WORKER),
                        "en"));
        return new Account(created.username(), created.oneTimePassword());
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(
                "2001:db8:" + UUID.randomUUID().toString().substring(0, 4) + "::9", null));
        return token;
    }

    /** Makes a username wait an hour, as many failures would, whether or not it has an account. */
    private void throttle(String username) {
        jdbc.update(
                "insert into sign_in_throttle(subject, failures, wait_until, last_failure) "
                        + "values (?, 99, now() + interval '1 hour', now())",
                lookup.hash("account:" + username, SignInThrottle.CONTEXT));
    }

    private int auditRows() {
        return jdbc.queryForObject("select count(*) from audit_event", Integer.class);
    }

    /** Runs one failing attempt; returns the exception it ended with, after checking the work it did. */
    private Class<?> failingAttempt(SignInProvider provider, String username, String password) {
        int before = auditRows();
        checks.set(0);
        Throwable thrown = Assertions.catchThrowable(() -> provider.authenticate(attempt(username, password)));
        assertThat(checks.get()).as("password checks for %s", username).isEqualTo(1);
        assertThat(auditRows()).as("audit rows for %s", username).isEqualTo(before + 1);
        return thrown.getClass();
    }

    @Test
    void everyKindOfFailedAttemptChecksOnePasswordAndWritesOneAuditRow() {
        SignInProvider provider = provider();
        Account wrong = newAccount();
        Account inactive = newAccount();
        users.setActive(users.byUsername(inactive.username()).orElseThrow().id(), false);
        Account locked = newAccount();
        jdbc.update(
                "update app_user set locked_until = now() + interval '15 minutes' where username = ?",
                locked.username());
        Account throttled = newAccount();
        throttle(throttled.username());
        String throttledUnknown = "nobody" + UUID.randomUUID().toString().substring(0, 8);
        throttle(throttledUnknown);

        assertThat(failingAttempt(
                        provider, "nobody" + UUID.randomUUID().toString().substring(0, 8), "x"))
                .isEqualTo(BadCredentialsException.class);
        assertThat(failingAttempt(provider, wrong.username(), "not it")).isEqualTo(BadCredentialsException.class);
        assertThat(failingAttempt(provider, inactive.username(), inactive.password()))
                .isEqualTo(BadCredentialsException.class);
        assertThat(failingAttempt(provider, locked.username(), locked.password()))
                .isEqualTo(BadCredentialsException.class);
        assertThat(failingAttempt(provider, throttled.username(), throttled.password()))
                .isEqualTo(LockedException.class);
        assertThat(failingAttempt(provider, throttledUnknown, "x")).isEqualTo(LockedException.class);

        checks.set(0);
        assertThat(provider.authenticate(attempt(wrong.username(), wrong.password()))
                        .isAuthenticated())
                .isTrue();
        assertThat(checks.get()).isEqualTo(1);
        assertThatThrownBy(() -> provider.authenticate(attempt("x".repeat(65), "y")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
