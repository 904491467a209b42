package ca.harbour.directory;

import java.util.UUID;

/**
 * A directory service was changed (its details, availability or locations) and the change committed.
 * Published inside the change's transaction and kept in the event publication registry until handled;
 * it carries the service's id only, never what the service says.
 */
public record ServiceChanged(UUID serviceId) {}
