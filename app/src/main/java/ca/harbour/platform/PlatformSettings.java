package ca.harbour.platform;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * The settings every module shares, under {@code harbour.*} itself rather than a module's prefix (modules have
 * their own records: {@code harbour.identity}, {@code harbour.intake}, ...). Each has an environment variable
 * (README, Configuration): {@code HARBOUR_DATA_DIR}, {@code HARBOUR_ZONE}, {@code HARBOUR_DEMO_ENABLED}, ...
 * The defaults here are the only ones; application.properties repeats none of them.
 *
 * <p>The encryption keys are not here on purpose: a settings record is printed whole by its {@code toString}
 * and by the configuration endpoints, so the crypto package reads them from the environment itself.
 *
 * @param dataDir where the embedded database and the demo keys live
 * @param zone the time zone of dates shown to people
 * @param quickExitUrl where the quick-exit button and the Esc key go
 */
@ConfigurationProperties("harbour")
public record PlatformSettings(
        @DefaultValue("./data") String dataDir,
        @DefaultValue("America/Toronto") ZoneId zone,

        @DefaultValue("https://www.theweathernetwork.com/ca")
        String quickExitUrl,

        @DefaultValue Demo demo,
        @DefaultValue Database database,
        @DefaultValue Security security) {

    /** The settings as the environment gives them, for what runs before the beans exist (the embedded database). */
    public static PlatformSettings of(Environment env) {
        return Binder.get(env).bindOrCreate("harbour", PlatformSettings.class);
    }

    /** {@link #dataDir} as an absolute, normalized path. */
    public Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /**
     * @param enabled generate demo data and local keys, and show the demonstration banner
     * @param seed the demo data generator's seed
     */
    public record Demo(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("20261129") long seed) {}

    /**
     * @param port the embedded PostgreSQL's port (127.0.0.1 only)
     * @param allowEmbedded let production run on the embedded PostgreSQL ({@code HARBOUR_ALLOW_EMBEDDED_DATABASE})
     * @param ephemeral tests: a throw-away embedded database instead of one in the data directory
     */
    public record Database(
            @DefaultValue("54329") int port,
            @DefaultValue("false") boolean allowEmbedded,
            @DefaultValue("false") boolean ephemeral) {}

    /**
     * @param hsts send Strict-Transport-Security on HTTPS
     * @param trustedProxies reverse proxies whose forwarded header is believed, as addresses or CIDR blocks
     * @param forwardedHeader the header they write: {@code X-Forwarded-For} or {@code Forwarded}
     */
    public record Security(
            @DefaultValue("true") boolean hsts,
            @DefaultValue List<String> trustedProxies,
            @DefaultValue("X-Forwarded-For") String forwardedHeader) {}
}
