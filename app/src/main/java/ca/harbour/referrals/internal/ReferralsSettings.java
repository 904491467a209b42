package ca.harbour.referrals.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The referrals' response-time targets ({@code harbour.referrals.*}).
 *
 * @param urgentResponse how long the receiving agency has to answer an urgent referral
 * @param routineBusinessDays how many business days (Monday to Friday) it has to answer a routine one
 */
@ConfigurationProperties("harbour.referrals")
public record ReferralsSettings(
        @DefaultValue("24h") Duration urgentResponse,
        @DefaultValue("5") int routineBusinessDays) {}
