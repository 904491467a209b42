package ca.harbour.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which Harbour organization runs a directory service: the organization named as the owner of the service's
 * directory organization. Empty when the service is unknown or its organization does not use Harbour.
 */
public interface ServiceOwners {

    Optional<UUID> harbourOrganization(UUID serviceId);

    /** The active services the Harbour organization runs, by name (at most {@code max}). */
    List<UUID> servicesOf(UUID harbourOrganizationId, int max);
}
