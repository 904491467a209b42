package ca.harbour.platform.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a superuser sets up so that Harbour never needs one afterwards: a schema owner, which Flyway uses and which
 * owns every table, and an application role, which owns nothing and receives its rights from
 * {@link LeastPrivilegeGrants} after each migration. Every step is idempotent and safe when two processes run it
 * at once; roles are only created or altered, never dropped (they are shared by the whole cluster).
 */
final class DatabaseRoles {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private DatabaseRoles() {}

    /**
     * Ensures both roles exist with these passwords and no special attributes, that the owner may create objects in
     * the {@code public} schema and no one else may, that the owner may create schemas (a module may keep its tables
     * in a schema of its own; the application role may not), and that every object already in that schema belongs to the
     * owner: a database migrated before the roles existed had everything owned by the superuser.
     *
     * @param superuser a connection of a superuser to the database Harbour uses
     */
    static void provision(Connection superuser, String owner, String ownerPassword, String app, String appPassword)
            throws SQLException {
        ensureLoginRole(superuser, owner, ownerPassword);
        ensureLoginRole(superuser, app, appPassword);
        try (Statement s = superuser.createStatement()) {
            s.execute("revoke create on schema public from public");
            s.execute("grant usage, create on schema public to " + quoted(owner));
            s.execute("do $$ begin execute format('grant create on database %I to %I', current_database(), '" + owner
                    + "'); end $$");
        }
        adoptSchemaObjects(superuser, owner);
    }

    /** A role name as an SQL identifier; names are checked, not escaped, so nothing odd reaches the SQL. */
    static String quoted(String role) {
        if (!NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("not a plain PostgreSQL role name: " + role);
        }
        return '"' + role + '"';
    }

    private static void ensureLoginRole(Connection c, String role, String password) throws SQLException {
        String name = quoted(role);
        try (Statement s = c.createStatement()) {
            // two starts at once may both see the role missing; the loser's duplicate is harmless
            s.execute("do $$ begin create role " + name
                    + "; exception when duplicate_object or unique_violation then null; end $$");
            s.execute("alter role " + name
                    + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit");
        }
        // the driver hashes the password (SCRAM) itself, so the clear text never reaches the server or its logs
        c.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
    }

    /**
     * Gives the owner every table, view, sequence, routine and type of the {@code public} schema that someone else
     * owns. Tables first: a sequence that belongs to a column moves with its table and cannot move alone.
     */
    private static void adoptSchemaObjects(Connection c, String owner) throws SQLException {
        String to = " owner to " + quoted(owner);
        List<String> changes = new ArrayList<>();
        String others = " and r.rolname <> '" + owner + "'";
        for (String table : names(c, """
                select format('%I.%I', n.nspname, k.relname)
                from pg_class k join pg_namespace n on n.oid = k.relnamespace join pg_roles r on r.oid = k.relowner
                where n.nspname = 'public' and k.relkind in ('r','p','v','m','f')""" + others)) {
            changes.add("alter table " + table + to);
        }
        for (String routine : names(c, """
                select p.oid::regprocedure::text
                from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_roles r on r.oid = p.proowner
                where n.nspname = 'public'""" + others)) {
            changes.add("alter routine " + routine + to);
        }
        for (String type : names(c, """
                select format('%I.%I', n.nspname, t.typname)
                from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_roles r on r.oid = t.typowner
                where n.nspname = 'public' and t.typtype in ('e','d','r','m')""" + others)) {
            changes.add("alter type " + type + to);
        }
        try (Statement s = c.createStatement()) {
            for (String change : changes) {
                s.execute(change);
            }
            for (String sequence : names(c, """
                    select format('%I.%I', n.nspname, k.relname)
                    from pg_class k join pg_namespace n on n.oid = k.relnamespace join pg_roles r on r.oid = k.relowner
                    where n.nspname = 'public' and k.relkind = 'S'""" + others)) {
                s.execute("alter sequence " + sequence + to);
                changes.add(sequence);
            }
        }
        if (!changes.isEmpty()) {
            log.info("Gave {} objects of the public schema to the schema owner role {}", changes.size(), owner);
        }
    }

    private static List<String> names(Connection c, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
