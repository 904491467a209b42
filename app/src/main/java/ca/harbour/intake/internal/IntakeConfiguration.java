package ca.harbour.intake.internal;

import ca.harbour.platform.database.ModuleMigrations;
import ca.harbour.platform.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tip form and its API are open to anyone; their limits come from {@link IntakeSettings}. Tips, triage rules
 * and contacts live in db/migration/intake.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {
    @Bean
    PublicPaths intakePublicPaths() {
        return PublicPaths.of("/report", "/report/received", "/api/v1/tips");
    }

    @Bean
    SenderRateLimit senderRateLimit(IntakeSettings settings) {
        return new SenderRateLimit(settings.tipsPerSender(), settings.rateWindow());
    }

    @Bean
    UrgentFlood urgentFlood(IntakeSettings settings) {
        return new UrgentFlood(settings.urgentFloodRate(), settings.urgentFloodWindow());
    }

    @Bean
    ModuleMigrations intakeMigrations() {
        return new ModuleMigrations("intake");
    }
}
