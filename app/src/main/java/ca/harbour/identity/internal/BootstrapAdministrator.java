package ca.harbour.identity.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Region;
import ca.harbour.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In production, the first start on an empty database creates one administrator whose one-time
 * password is printed once to the console and must be changed at first sign-in.
 */
@Component
@ConditionalOnBooleanProperty(name = "harbour.demo.enabled", havingValue = false, matchIfMissing = true)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Users users;
    private final PasswordEncoder passwords;
    private final Audit audit;

    BootstrapAdministrator(
            JdbcClient jdbc, Organizations organizations, Users users, PasswordEncoder passwords, Audit audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("select pg_advisory_xact_lock(7261130)").query().singleValue();
        if (jdbc.sql("select count(*) from app_user").query(Integer.class).single() > 0) {
            return;
        }
        Organization ministry = new Organization(
                UUID.randomUUID(),
                "Harbour administration",
                OrganizationType.MINISTRY,
                Region.PROVINCE_WIDE,
                List.of("en", "fr"),
                true,
                false,
                null);
        organizations.insert(ministry);
        String password = PasswordPolicy.oneTime();
        UUID id = UUID.randomUUID();
        users.insert(new UserAccount(
                id,
                ministry.id(),
                null,
                "admin",
                "Administrator",
                null,
                null,
                passwords.encode(password),
                true,
                Set.of(Role.ADMIN),
                "en",
                null,
                false,
                null,
                0,
                null,
                true,
                false));
        audit.recordFor("system", ministry.id(), AuditAction.CREATE, "user", id, "bootstrap administrator");
        // Printed once, to the console only: the operator signs in with it and must change it at once.
        System.out.println("\n=== Harbour: first start. Administrator 'admin', one-time password: " + password
                + " (change it at first sign-in) ===\n");
        log.info("Bootstrap administrator created");
    }
}
