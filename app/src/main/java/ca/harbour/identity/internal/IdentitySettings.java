package ca.harbour.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and session settings ({@code harbour.identity.*}): failures before a lockout, how long it
 * lasts, whether every account must enrol a second factor (true in production); how long a session
 * lasts from sign-in whatever its activity ({@code sessionLifetime}), how long it may go without a
 * foreground request ({@code idleTimeout}; background polls do not count), and for how long an account's
 * standing is cached between the per-request checks ({@code standingCache}: withdrawn access ends every
 * other process's sessions within this time).
 */
@ConfigurationProperties("harbour.identity")
public record IdentitySettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout,
        @DefaultValue("true") boolean requireSecondFactor, @DefaultValue("12h") Duration sessionLifetime,
        @DefaultValue("30m") Duration idleTimeout, @DefaultValue("5s") Duration standingCache) {}
