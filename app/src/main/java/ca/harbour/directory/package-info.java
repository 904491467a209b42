/**
 * The service directory: HSDS 3.0 organizations, services and locations, their editing, import and export, its
 * search index and "find supports". Publishes {@link ca.harbour.directory.ServiceChanged},
 * {@link ca.harbour.directory.DirectoryImported} and {@link ca.harbour.directory.DirectoryEmptied} in the
 * transaction of each change.
 */
@ApplicationModule(displayName = "Directory")
@NullMarked
package ca.harbour.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
