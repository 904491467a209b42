package ca.harbour.platform.database;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Tests against the machine's PostgreSQL ({@code HARBOUR_TEST_DATABASE_URL}, as CI does) are given a superuser.
 * Harbour must not run as one there either, or the suite would prove nothing about least privilege: with
 * {@code harbour.database.test-roles=true} this creates (once, idempotently) a schema owner and an application role
 * named after the database, since roles are shared by the whole cluster and other test databases live in it, and
 * points Flyway and the application at them.
 */
public class TestDatabaseRoles implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** One pair per JVM: every test context of a run shares the roles, so it must share their passwords too. */
    private static final String OWNER_PASSWORD = randomPassword();

    private static final String APP_PASSWORD = randomPassword();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        if (!env.getProperty("harbour.database.test-roles", Boolean.class, false) || !StringUtils.hasText(url)) {
            return;
        }
        Properties superuser = new Properties();
        putIfText(superuser, "user", env.getProperty("spring.datasource.username"));
        putIfText(superuser, "password", env.getProperty("spring.datasource.password"));
        String owner;
        String app;
        try (Connection c = DriverManager.getConnection(url, superuser)) {
            String base = roleBase(currentDatabase(c));
            owner = base + "_owner";
            app = base + "_app";
            DatabaseRoles.provision(c, owner, OWNER_PASSWORD, app, APP_PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database's roles", e);
        }
        String plain = withoutCredentials(url);
        Map<String, Object> roles = new HashMap<>();
        roles.put("spring.datasource.url", plain);
        roles.put("spring.datasource.username", app);
        roles.put("spring.datasource.password", APP_PASSWORD);
        roles.put("spring.flyway.url", plain);
        roles.put("spring.flyway.user", owner);
        roles.put("spring.flyway.password", OWNER_PASSWORD);
        env.getPropertySources().addFirst(new MapPropertySource("harbourTestDatabaseRoles", roles));
    }

    /** The database name as the start of a role name: lower case, letters, digits and underscores, short enough. */
    static String roleBase(String database) {
        String base = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (!Character.isLetter(base.charAt(0)) && base.charAt(0) != '_') {
            base = "db_" + base;
        }
        return base.length() > 56 ? base.substring(0, 56) : base;
    }

    /** The driver lets credentials in the URL win over the user and password given beside it: drop them. */
    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String kept = Arrays.stream(url.substring(query + 1).split("&"))
                .filter(p -> !p.startsWith("user=") && !p.startsWith("password=") && !p.isEmpty())
                .collect(Collectors.joining("&"));
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    private static String currentDatabase(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void putIfText(Properties p, String key, String value) {
        if (StringUtils.hasText(value)) {
            p.setProperty(key, value);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
