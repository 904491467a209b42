package ca.harbour.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.audit.internal.AuditSettings;
import ca.harbour.directory.internal.DirectorySettings;
import ca.harbour.intake.internal.IntakeSettings;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The settings records hold the defaults the README's configuration table promises, and read its variables. */
class PlatformSettingsTests {

    @Test
    void withNothingSetEverySettingHasTheReadmesDefault() {
        MockEnvironment none = new MockEnvironment();
        PlatformSettings platform = PlatformSettings.of(none);
        assertThat(platform.dataDir()).isEqualTo("./data");
        assertThat(platform.zone()).isEqualTo(ZoneId.of("America/Toronto"));
        assertThat(platform.quickExitUrl()).isEqualTo("https://www.theweathernetwork.com/ca");
        assertThat(platform.demo()).isEqualTo(new PlatformSettings.Demo(false, 20261129));
        assertThat(platform.database()).isEqualTo(new PlatformSettings.Database(54329, false, false));
        assertThat(platform.security().hsts()).isTrue();
        assertThat(platform.security().trustedProxies()).isEmpty();
        assertThat(platform.security().forwardedHeader()).isEqualTo("X-Forwarded-For");

        Binder binder = Binder.get(none);
        assertThat(binder.bindOrCreate("harbour.audit", AuditSettings.class))
                .isEqualTo(new AuditSettings("./audit-checkpoints.log", Duration.ofMinutes(1)));
        assertThat(binder.bindOrCreate("harbour.intake", IntakeSettings.class))
                .isEqualTo(new IntakeSettings(10, Duration.ofMinutes(10), 10, Duration.ofMinutes(1)));
        assertThat(binder.bindOrCreate("harbour.directory", DirectorySettings.class)
                        .demoOrganizations())
                .isEqualTo(320);
    }

    @Test
    void theReadmesEnvironmentVariablesSetThem() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "HARBOUR_DATA_DIR",
                                        "/srv/harbour",
                                        "HARBOUR_ZONE",
                                        "America/Winnipeg",
                                        "HARBOUR_DEMO_SEED",
                                        "7",
                                        "HARBOUR_DATABASE_PORT",
                                        "5555",
                                        "HARBOUR_SECURITY_TRUSTED_PROXIES",
                                        "10.0.0.0/8,2001:db8::/32",
                                        "HARBOUR_INTAKE_TIPS_PER_SENDER",
                                        "3",
                                        "HARBOUR_AUDIT_CHECKPOINT_INTERVAL",
                                        "0")));
        PlatformSettings platform = PlatformSettings.of(env);
        assertThat(platform.dataDirectory()).hasToString("/srv/harbour");
        assertThat(platform.zone()).isEqualTo(ZoneId.of("America/Winnipeg"));
        assertThat(platform.demo().seed()).isEqualTo(7);
        assertThat(platform.database().port()).isEqualTo(5555);
        assertThat(platform.security().trustedProxies()).containsExactly("10.0.0.0/8", "2001:db8::/32");
        assertThat(Binder.get(env)
                        .bindOrCreate("harbour.intake", IntakeSettings.class)
                        .tipsPerSender())
                .isEqualTo(3);
        assertThat(Binder.get(env)
                        .bindOrCreate("harbour.audit", AuditSettings.class)
                        .checkpointInterval())
                .isZero();
    }
}
