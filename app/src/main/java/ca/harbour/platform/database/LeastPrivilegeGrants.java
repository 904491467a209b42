package ca.harbour.platform.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every migration, gives the application's role what it needs on every table and sequence of the schema,
 * whichever module's migration created them: read and write rows, draw sequence numbers. Nothing more: it owns
 * nothing, so it can neither alter a table nor switch a trigger off, and on {@code audit_event} it may only
 * insert and read, so the audit log stays append-only even if the triggers were gone. Flyway's history table is
 * the owner's alone.
 *
 * <p>The application's role is whoever the application's data source connects as; Flyway runs as the schema
 * owner. When both are the same role (an external database configured with one user), there is nothing to grant
 * and a warning says how to separate them.
 */
final class LeastPrivilegeGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(LeastPrivilegeGrants.class);

    private final DataSource application;

    LeastPrivilegeGrants(DataSource application) {
        this.application = application;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            String app = applicationRole();
            Connection owner = context.getConnection();
            if (app.equals(currentUser(owner))) {
                log.warn(
                        "The application connects to the database as the role that owns its tables ({}), so it could "
                                + "alter or empty the audit log. Give Flyway its own role: SPRING_FLYWAY_USER and "
                                + "SPRING_FLYWAY_PASSWORD (see README, External PostgreSQL).",
                        app);
                return;
            }
            grant(owner, app, context.getConfiguration().getTable());
        } catch (SQLException e) {
            throw new FlywayException("Could not grant the application's database role its rights", e);
        }
    }

    /** One transaction: a running instance never sees the rights gone between the revoke and the grant. */
    private static void grant(Connection c, String role, String historyTable) throws SQLException {
        String app = DatabaseRoles.quoted(role);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            String schema = single(c, "select quote_ident(current_schema())", String.class);
            // usually everyone has it already (and the owner may not own the schema to grant it): only when missing
            if (!single(c, "select has_schema_privilege('" + role + "', current_schema(), 'usage')", Boolean.class)) {
                s.execute("grant usage on schema " + schema + " to " + app);
            }
            // revoke first: rights granted by hand or by an older Harbour (TRUNCATE, TRIGGER, ...) do not survive
            s.execute("revoke all on all tables in schema " + schema + " from " + app);
            s.execute("revoke all on all sequences in schema " + schema + " from " + app);
            s.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + app);
            s.execute("grant usage, select on all sequences in schema " + schema + " to " + app);
            String history = single(c, "select quote_ident('" + historyTable.replace("'", "''") + "')", String.class);
            s.execute("revoke all on table " + schema + "." + history + " from " + app);
            if (exists(c, "audit_event")) {
                s.execute("revoke update, delete on table " + schema + ".audit_event from " + app);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private String applicationRole() throws SQLException {
        try (Connection c = application.getConnection()) {
            if (single(c, "select rolsuper from pg_roles where rolname = current_user", Boolean.class)) {
                log.warn("The application connects to the database as a superuser; nothing in the database can "
                        + "protect the audit log from it. See README, External PostgreSQL.");
            }
            return currentUser(c);
        }
    }

    private static String currentUser(Connection c) throws SQLException {
        return single(c, "select current_user", String.class);
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        return single(c, "select to_regclass('" + table + "') is not null", Boolean.class);
    }

    private static <T> T single(Connection c, String sql, Class<T> type) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1, type);
        }
    }

    @Override
    public String getCallbackName() {
        return "harbour-least-privilege-grants";
    }
}
