package ca.harbour.intake.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public tips' limits ({@code harbour.intake.*}).
 *
 * @param tipsPerSender tips one sender may send per {@code rateWindow} (counted on a salted hash of the address)
 * @param rateWindow the per-sender window; its salt is replaced every window
 * @param urgentFloodRate "danger now" tips (all senders) per {@code urgentFloodWindow} before the extra ones are
 *        held for review; 0 turns the check off
 * @param urgentFloodWindow the flood window
 */
@ConfigurationProperties("harbour.intake")
public record IntakeSettings(
        @DefaultValue("10") int tipsPerSender,
        @DefaultValue("10m") Duration rateWindow,
        @DefaultValue("10") int urgentFloodRate,
        @DefaultValue("1m") Duration urgentFloodWindow) {}
