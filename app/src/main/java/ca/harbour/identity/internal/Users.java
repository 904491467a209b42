package ca.harbour.identity.internal;

import ca.harbour.identity.Role;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.platform.crypto.LookupHash;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Staff accounts in PostgreSQL; the phone number is encrypted and found by keyed hash. Every change
 * that must end the account's open sessions (deactivation, roles, organization, password, second factor)
 * moves its security version on.
 */
@Repository
public class Users {

    static final String PHONE = "users.phone";
    static final String TOTP_SECRET = "users.totp_secret";

    private static final String SELECT = """
            select u.*, o.name as organization_name from app_user u join organization o on o.id = u.organization_id
            """;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final LookupHash lookup;
    private final AccountStandings standings;

    Users(JdbcClient jdbc, FieldCipher cipher, LookupHash lookup, AccountStandings standings) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.lookup = lookup;
        this.standings = standings;
    }

    public Optional<UserAccount> byUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = :u")
                .param("u", username)
                .query(this::map)
                .optional();
    }

    public Optional<UserAccount> find(UUID id) {
        return jdbc.sql(SELECT + " where u.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Users visible under {@code scope} (a predicate over {@code u.} and {@code o.} columns). */
    public List<UserAccount> list(SqlPredicate scope) {
        return jdbc.sql(SELECT + " where " + scope.sql() + " order by o.name, u.display_name")
                .params(scope.params())
                .query(this::map)
                .list();
    }

    public List<UUID> idsWithPhone(String phone) {
        return jdbc.sql("select id from app_user where phone_hash = :h")
                .param("h", phoneHash(phone))
                .query(UUID.class)
                .list();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where username = :u")
                        .param("u", username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void insert(UserAccount u) {
        jdbc.sql("""
                insert into app_user(id, organization_id, username, display_name, email, phone_cipher, phone_hash,
                    password_hash, must_change_password, roles, preferred_language, active, demo)
                values (:id, :org, :username, :name, :email, :phone, :phoneHash, :hash, :mustChange, :roles, :lang,
                    :active, :demo)""")
                .param("id", u.id())
                .param("org", u.organizationId())
                .param("username", u.username())
                .param("name", u.displayName())
                .param("email", u.email())
                .param("phone", cipher.encrypt(u.phone(), PHONE))
                .param("phoneHash", phoneHash(u.phone()))
                .param("hash", u.passwordHash())
                .param("mustChange", u.mustChangePassword())
                .param("roles", roleNames(u.roles()))
                .param("lang", u.preferredLanguage())
                .param("active", u.active())
                .param("demo", u.demo())
                .update();
    }

    /** Changes the profile; a change of roles or organization ends the account's sessions. */
    public void updateProfile(
            UUID id,
            UUID organizationId,
            String displayName,
            String email,
            String phone,
            Set<Role> roles,
            String language) {
        jdbc.sql("""
                update app_user set security_version = security_version
                        + case when organization_id <> :org or roles <> cast(:roles as text[]) then 1 else 0 end,
                    organization_id = :org, display_name = :name, email = :email, phone_cipher = :phone,
                    phone_hash = :phoneHash, roles = :roles, preferred_language = :lang, updated_at = now()
                where id = :id""")
                .param("id", id)
                .param("org", organizationId)
                .param("name", displayName)
                .param("email", email)
                .param("phone", cipher.encrypt(phone, PHONE))
                .param("phoneHash", phoneHash(phone))
                .param("roles", roleNames(roles))
                .param("lang", language)
                .update();
        standings.forget(id);
    }

    /** Deactivates or reactivates; either way the account's open sessions end. */
    public void setActive(UUID id, boolean active) {
        jdbc.sql("""
                update app_user set active = :a, security_version = security_version + 1, updated_at = now()
                where id = :id""").param("a", active).param("id", id).update();
        standings.forget(id);
    }

    /** Sets a new password and ends the account's open sessions (a caller may re-sign its own). */
    public void setPassword(UUID id, String hash, boolean mustChange) {
        jdbc.sql("""
                update app_user set password_hash = :h, must_change_password = :m,
                    security_version = security_version + 1, updated_at = now() where id = :id""").param("h", hash).param("m", mustChange).param("id", id).update();
        standings.forget(id);
    }

    /**
     * Counts a failure after the password was proven (a wrong second-factor code); at {@code limit}
     * failures the account locks until {@code lockUntil}. The one per-account failure entry point for
     * steps that need a session or the password; failed sign-ins go to the throttle instead, which no
     * outsider can turn into a lockout.
     */
    public void recordFailure(UUID id, int limit, Instant lockUntil) {
        jdbc.sql("""
                update app_user set failed_attempts = case when failed_attempts + 1 >= :limit then 0 else failed_attempts + 1 end,
                    locked_until = case when failed_attempts + 1 >= :limit then :until else locked_until end
                where id = :id""")
                .param("limit", limit)
                .param("until", Timestamp.from(lockUntil))
                .param("id", id)
                .update();
    }

    public void clearFailures(UUID id) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", id)
                .update();
    }

    /** Enrols, replaces or resets the second factor; the account's open sessions end. */
    public void setSecondFactor(UUID id, String secret, boolean enabled) {
        jdbc.sql("""
                update app_user set totp_secret_cipher = :s, totp_enabled = :e, totp_last_step = null,
                    security_version = security_version + 1, updated_at = now()
                where id = :id""")
                .param("s", cipher.encrypt(secret, TOTP_SECRET))
                .param("e", enabled)
                .param("id", id)
                .update();
        standings.forget(id);
        if (!enabled || secret == null) {
            jdbc.sql("delete from recovery_code where user_id = :id")
                    .param("id", id)
                    .update();
        }
    }

    public String secondFactorSecret(UserAccount u) {
        return cipher.decrypt(u.totpSecretCipher(), TOTP_SECRET);
    }

    /** Records the accepted time step; false when it was not newer (a replayed code). */
    public boolean acceptStep(UUID id, long step) {
        return jdbc.sql("""
                update app_user set totp_last_step = :step
                where id = :id and (totp_last_step is null or totp_last_step < :step)""").param("step", step).param("id", id).update() == 1;
    }

    public void replaceRecoveryCodes(UUID id, List<byte[]> hashes) {
        jdbc.sql("delete from recovery_code where user_id = :id")
                .param("id", id)
                .update();
        for (byte[] hash : hashes) {
            jdbc.sql("insert into recovery_code(user_id, code_hash) values (:id, :h)")
                    .param("id", id)
                    .param("h", hash)
                    .update();
        }
    }

    /** Uses up a recovery code; false when it is unknown or already used. */
    public boolean consumeRecoveryCode(UUID id, byte[] hash) {
        return jdbc.sql("""
                update recovery_code set used_at = now() where user_id = :id and code_hash = :h and used_at is null""").param("id", id).param("h", hash).update() == 1;
    }

    public int unusedRecoveryCodes(UUID id) {
        return jdbc.sql("select count(*) from recovery_code where user_id = :id and used_at is null")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private byte[] phoneHash(String phone) {
        return lookup.phone(phone, PHONE);
    }

    private static String[] roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    private UserAccount map(ResultSet rs, int n) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : Organizations.strings(rs.getArray("roles"))) {
            roles.add(Role.valueOf(r));
        }
        Timestamp locked = rs.getTimestamp("locked_until");
        Long lastStep = rs.getObject("totp_last_step", Long.class);
        return new UserAccount(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                cipher.decrypt(rs.getBytes("phone_cipher"), PHONE),
                rs.getString("password_hash"),
                rs.getBoolean("must_change_password"),
                roles,
                rs.getString("preferred_language"),
                rs.getBytes("totp_secret_cipher"),
                rs.getBoolean("totp_enabled"),
                lastStep,
                rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(),
                rs.getBoolean("active"),
                rs.getBoolean("demo"),
                rs.getLong("security_version"));
    }

    @Configuration(proxyBeanMethods = false)
    static class EncryptedColumns {
        @Bean
        EncryptedColumn userPhone() {
            return new EncryptedColumn("app_user", "id", "phone_cipher", PHONE);
        }

        @Bean
        EncryptedColumn userTotpSecret() {
            return new EncryptedColumn("app_user", "id", "totp_secret_cipher", TOTP_SECRET);
        }
    }
}
