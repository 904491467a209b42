/**
 * The service directory: HSDS 3.0 organizations, services and locations, its search index and "find supports".
 * Publishes {@link ca.harbour.directory.ServiceChanged}, {@link ca.harbour.directory.DirectoryImported} and
 * {@link ca.harbour.directory.DirectoryEmptied} in the transaction of each change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package ca.harbour.directory;
