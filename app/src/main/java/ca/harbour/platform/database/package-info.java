/** Starts the embedded PostgreSQL when no external database is configured. */
package ca.harbour.platform.database;
