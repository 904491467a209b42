/**
 * The database and who may do what in it: starts the embedded PostgreSQL when no external database is
 * configured (password authentication, private socket, 127.0.0.1 only), migrates every module's folder in
 * version order ({@link ModuleMigrations}), and after every migration gives the
 * application's role only what it needs on the tables the schema owner created.
 */
@NullMarked
package ca.harbour.platform.database;

import org.jspecify.annotations.NullMarked;
