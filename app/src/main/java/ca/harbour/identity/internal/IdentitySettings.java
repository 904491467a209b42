package ca.harbour.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and session settings ({@code harbour.identity.*}).
 *
 * <p>{@code maxFailures}: failed sign-ins on one username (from any address) before each further attempt
 * must wait, 2 s then 4 s and so on up to {@code accountMaxDelay}; also the wrong second-factor codes
 * before that step locks for {@code lockout}. {@code addressMaxFailures} and {@code addressMaxDelay}: the
 * same for one client address over every username. {@code failureMemory}: failures older than this are
 * forgotten. {@code requireSecondFactor}: every account must enrol a second factor (true in production).
 *
 * <p>{@code sessionLifetime}: how long a session lasts from sign-in whatever its activity;
 * {@code idleTimeout}: how long it may go without a foreground request (background polls do not count);
 * {@code standingCache}: how long an account's standing is cached between the per-request checks
 * (withdrawn access ends every other process's sessions within this time).
 */
@ConfigurationProperties("harbour.identity")
public record IdentitySettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("true") boolean requireSecondFactor,
        @DefaultValue("1m") Duration accountMaxDelay,
        @DefaultValue("20") int addressMaxFailures,
        @DefaultValue("15m") Duration addressMaxDelay,
        @DefaultValue("1h") Duration failureMemory,
        @DefaultValue("12h") Duration sessionLifetime,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("5s") Duration standingCache) {

    Backoff accountBackoff() {
        return new Backoff(maxFailures, accountMaxDelay);
    }

    Backoff addressBackoff() {
        return new Backoff(addressMaxFailures, addressMaxDelay);
    }
}
