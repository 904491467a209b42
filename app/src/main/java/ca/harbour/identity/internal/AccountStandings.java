package ca.harbour.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether an account may still use its open sessions: its security version and whether it and its
 * organization are active. Read on every signed-in request, so each answer is kept for
 * {@code harbour.identity.standing-cache} (a few seconds); every change in this process that must end
 * sessions {@link #forget forgets} the cached answer once its transaction ends, so the change takes effect
 * at once here and within the cache time in any other process. Thread-safe.
 */
@Component
public class AccountStandings {

    /** The account as the per-request check sees it. */
    public record Standing(long securityVersion, boolean active) {}

    private record Cached(Optional<Standing> standing, Instant until) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentitySettings settings;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    AccountStandings(JdbcClient jdbc, Clock clock, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** The account's standing, empty when it no longer exists; at most the cache time old. */
    public Optional<Standing> of(UUID userId) {
        Instant now = clock.instant();
        Cached cached = cache.get(userId);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.standing();
        }
        Optional<Standing> fresh = jdbc.sql("""
                select u.security_version, u.active and o.active as active
                from app_user u join organization o on o.id = u.organization_id where u.id = :id""")
                .param("id", userId)
                .query((rs, n) -> new Standing(rs.getLong("security_version"), rs.getBoolean("active")))
                .optional();
        cache.put(userId, new Cached(fresh, now.plus(settings.standingCache())));
        return fresh;
    }

    /** Drops the cached answer for one account, now and again when the current transaction ends. */
    void forget(UUID userId) {
        cache.remove(userId);
        afterTransaction(() -> cache.remove(userId));
    }

    /** Drops every cached answer (an organization changed, which concerns all its people). */
    void forgetAll() {
        cache.clear();
        afterTransaction(cache::clear);
    }

    private static void afterTransaction(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.run();
                }
            });
        }
    }
}
