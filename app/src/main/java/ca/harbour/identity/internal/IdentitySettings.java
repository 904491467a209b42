package ca.harbour.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code harbour.identity.*}): failures before a lockout, how long it lasts, and
 * whether every account must enrol a second factor (true in production).
 */
@ConfigurationProperties("harbour.identity")
public record IdentitySettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout,
        @DefaultValue("true") boolean requireSecondFactor) {}
