package ca.harbour.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.support.DatabaseOwner;
import ca.harbour.support.HarbourTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's database role can do its work and nothing more: it owns nothing and is no superuser, may
 * only add to and read the audit log, cannot switch the log's triggers off or change the table, and has no say in
 * Flyway's history. Runs on whichever database the suite uses (embedded, or the machine's PostgreSQL in CI).
 */
@HarbourTest
class LeastPrivilegeIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    /** Refused by PostgreSQL itself for want of a right (not by the append-only triggers, which answer otherwise). */
    private static void refused(ThrowingCallable statement, String because) {
        assertThatThrownBy(statement).rootCause().hasMessageContaining(because);
    }

    @Test
    void theApplicationsRoleIsNoSuperuserAndOwnsNothing() {
        assertThat(jdbc.queryForObject(
                        "select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles "
                                + "where rolname = current_user",
                        Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_class where relowner = "
                                + "(select oid from pg_roles where rolname = current_user)",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_proc where proowner = "
                                + "(select oid from pg_roles where rolname = current_user)",
                        Integer.class))
                .isZero();
        refused(() -> jdbc.execute("create table intruder(v text)"), "permission denied");
    }

    @Test
    void theApplicationsRoleCanOnlyAddToAndReadTheAuditLog() {
        long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        refused(() -> jdbc.update("update audit_event set actor = 'x' where id = ?", id), "permission denied");
        refused(() -> jdbc.update("delete from audit_event where id = ?", id), "permission denied");
        refused(() -> jdbc.execute("truncate audit_event"), "permission denied");
        refused(
                () -> jdbc.execute("alter table audit_event disable trigger audit_event_no_update_or_delete"),
                "must be owner");
        refused(() -> jdbc.execute("alter table audit_event disable trigger all"), "must be owner");
        refused(() -> jdbc.execute("alter table audit_event add column note text"), "must be owner");
        refused(() -> jdbc.execute("drop trigger audit_event_no_truncate on audit_event"), "must be owner");
        assertThat(jdbc.queryForObject(
                        "select has_table_privilege('audit_event', 'select') "
                                + "and has_table_privilege('audit_event', 'insert')",
                        Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select has_table_privilege('audit_event', 'references') "
                                + "or has_table_privilege('audit_event', 'trigger')",
                        Boolean.class))
                .isFalse();
    }

    @Test
    void everyOtherTableIsReadAndWrittenButNotEmptiedAndFlywaysHistoryIsTheOwners() {
        // whichever module's migration created a table, the grants after migrating reached it
        assertThat(jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p')
                  and c.relname not in ('audit_event', 'flyway_schema_history')
                  and not (has_table_privilege(c.oid, 'select') and has_table_privilege(c.oid, 'insert')
                       and has_table_privilege(c.oid, 'update') and has_table_privilege(c.oid, 'delete'))""", String.class)).isEmpty();
        assertThat(jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p')
                  and (has_table_privilege(c.oid, 'truncate') or has_table_privilege(c.oid, 'trigger')
                       or has_table_privilege(c.oid, 'references'))""", String.class)).isEmpty();
        assertThat(jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema()
                  and case when c.relkind = 'S' then not has_sequence_privilege(c.oid, 'usage') else false end""", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("select has_table_privilege('event_publication', 'update')", Boolean.class))
                .isTrue();
        refused(
                () -> jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class),
                "permission denied");
    }

    @Test
    void flywayMigratesAsASeparateOwnerWhoIsNoSuperuserEither() {
        JdbcTemplate owner = DatabaseOwner.jdbc(flyway);
        String ownerRole = owner.queryForObject("select current_user", String.class);
        assertThat(ownerRole).isNotEqualTo(jdbc.queryForObject("select current_user", String.class));
        assertThat(owner.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(owner.queryForObject(
                        "select tableowner from pg_tables where tablename = 'audit_event'", String.class))
                .isEqualTo(ownerRole);
    }
}
