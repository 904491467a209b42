package ca.harbour.platform.database;

import ca.harbour.platform.PlatformSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on another thread as soon as the application context exists, so the
 * server's few seconds of start-up overlap with scanning and creating the beans instead of adding
 * to them. {@link EmbeddedDatabaseConfiguration} waits for it where the data source needs it. If the
 * context fails before that, the server is still stopped with the context.
 *
 * <p>Outside demo mode (and tests) the embedded database must be allowed explicitly
 * ({@code harbour.database.allow-embedded}); without it the start fails at once with {@link #REFUSED}.
 */
class EmbeddedDatabaseStarter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "harbourEmbeddedDatabaseStart";

    static final String REFUSED = "No external database is configured (SPRING_DATASOURCE_URL), and outside demo mode "
            + "Harbour does not start its embedded PostgreSQL unless told to: production data belongs in a PostgreSQL "
            + "that is backed up and monitored (see README, External PostgreSQL). To run on the embedded database "
            + "anyway, set HARBOUR_ALLOW_EMBEDDED_DATABASE=true.";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))
                || !(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)) {
            return;
        }
        PlatformSettings settings = PlatformSettings.of(context.getEnvironment());
        if (!settings.database().allowEmbedded()) {
            throw new IllegalStateException(REFUSED);
        }
        CompletableFuture<EmbeddedDatabase> start = CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedDatabaseConfiguration.start(settings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        beans.registerSingleton(BEAN, new Start(start));
        beans.registerDisposableBean(BEAN, () -> start.thenAccept(EmbeddedDatabaseStarter::close));
    }

    /** The server being started; {@link #await()} gives it once it accepts connections. */
    record Start(CompletableFuture<EmbeddedDatabase> server) {

        EmbeddedDatabase await() throws IOException {
            try {
                return server.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e;
            }
        }
    }

    private static void close(EmbeddedDatabase server) {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
