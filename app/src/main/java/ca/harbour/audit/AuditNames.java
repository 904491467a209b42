package ca.harbour.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Human names for what the audit log records by username or id, each supplied by the module that owns
 * them, so a reviewer reads a person's name rather than a bare key. Only names any audit reviewer may
 * see belong here (staff and organization names), never anything about a survivor or a caller.
 */
public interface AuditNames {

    /** The display name of each of {@code usernames} that is known; unknown ones are left out. */
    Map<String, String> actors(Collection<String> usernames);

    /** The label of each of {@code ids} of {@code resourceType} this module names; others are left out. */
    Map<String, String> records(String resourceType, Collection<String> ids);
}
