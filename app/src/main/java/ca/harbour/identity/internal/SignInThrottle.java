package ca.harbour.identity.internal;

import ca.harbour.platform.crypto.LookupHash;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Growing delays after failed sign-ins, per username typed (from any address) and per client address
 * (over every username), instead of a lockout that anyone who knows a username could trigger. Every
 * attempt is {@linkplain #attempt taken} (and counted) before its password is checked. A username
 * that matches no account is counted exactly like one that does, by the same statements, so neither the
 * answer nor the work done tells them apart. Subjects are stored as keyed hashes only. Methods join the
 * caller's transaction.
 */
@Component
class SignInThrottle {

    static final String CONTEXT = "identity.sign_in_throttle";

    private final JdbcClient jdbc;
    private final LookupHash lookup;
    private final IdentitySettings settings;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, LookupHash lookup, IdentitySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Takes an attempt: true when the username or the address must still wait, so the attempt is refused
     * unchecked. Otherwise the attempt is counted as a failure now, before its password is checked, and
     * {@link #succeeded} takes it back: so attempts sent in parallel are counted one after another (the
     * row lock is held only until the caller's transaction ends) and cannot all slip in before the count
     * catches up. An attempt during a wait is not counted for that subject, so hammering cannot lengthen it.
     */
    boolean attempt(String username, String address) {
        Instant now = clock.instant();
        Instant forgetBefore = now.minus(settings.failureMemory());
        // forgotten rows go; rows another attempt holds are left for later, so no attempt ever waits here
        jdbc.sql("""
                delete from sign_in_throttle where subject in (select subject from sign_in_throttle
                    where last_failure < :before and (wait_until is null or wait_until < :now) for update skip locked)""")
                .param("before", Timestamp.from(forgetBefore))
                .param("now", Timestamp.from(now))
                .update();
        // always the account first, then the address: concurrent attempts lock in one order, never deadlock
        boolean accountWaits = count(account(username), settings.accountBackoff(), now, forgetBefore);
        boolean addressWaits = count(address(address), settings.addressBackoff(), now, forgetBefore);
        return accountWaits || addressWaits;
    }

    /** A successful sign-in clears the failures of its username and of the address it came from. */
    void succeeded(String username, String address) {
        jdbc.sql("delete from sign_in_throttle where subject in (:a, :b)")
                .param("a", account(username))
                .param("b", address(address))
                .update();
    }

    /** Counts one attempt for the subject unless it must wait; returns whether it must. */
    private boolean count(byte[] subject, Backoff backoff, Instant now, Instant forgetBefore) {
        // the row exists before it is locked, so two first attempts cannot both count from nothing
        jdbc.sql("""
                insert into sign_in_throttle(subject, failures, last_failure) values (:s, 0, :now)
                on conflict (subject) do nothing""").param("s", subject).param("now", Timestamp.from(now)).update();
        Row row = jdbc.sql(
                        "select failures, wait_until, last_failure from sign_in_throttle where subject = :s for update")
                .param("s", subject)
                .query((rs, n) -> new Row(rs.getInt(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))))
                .optional()
                .orElse(null);
        boolean waits =
                row != null && row.waitUntil() != null && row.waitUntil().isAfter(now);
        Row next;
        if (waits) {
            next = row;
        } else if (row == null || row.lastFailure().isBefore(forgetBefore)) {
            next = counted(1, backoff, now);
        } else {
            next = counted(row.failures() + 1, backoff, now);
        }
        jdbc.sql("""
                insert into sign_in_throttle(subject, failures, wait_until, last_failure) values (:s, :f, :w, :l)
                on conflict (subject) do update set failures = :f, wait_until = :w, last_failure = :l""")
                .param("s", subject)
                .param("f", next.failures())
                .param("w", next.waitUntil() == null ? null : Timestamp.from(next.waitUntil()))
                .param("l", Timestamp.from(next.lastFailure()))
                .update();
        return waits;
    }

    private static Row counted(int failures, Backoff backoff, Instant now) {
        Duration wait = backoff.waitAfter(failures);
        return new Row(failures, wait.isZero() ? null : now.plus(wait), now);
    }

    private byte[] account(String username) {
        return lookup.hash("account:" + username, CONTEXT);
    }

    private byte[] address(String address) {
        return lookup.hash("address:" + addressKey(address), CONTEXT);
    }

    /**
     * The part of a client address that names one client: an IPv4 address whole, an IPv6 address by its
     * /64 (one household or device usually holds a whole /64, so counting single addresses would let it
     * rotate through them). Anything that is not an address literal is kept as given.
     */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "none";
        }
        boolean literal = address.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                || address.length() <= 45 && address.contains(":") && address.matches("[0-9A-Fa-f:.]+");
        if (!literal) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address); // a literal: never a DNS look-up
            if (parsed instanceof Inet6Address) {
                return HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8)) + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private record Row(int failures, Instant waitUntil, Instant lastFailure) {}
}
