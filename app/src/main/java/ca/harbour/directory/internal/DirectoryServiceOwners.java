package ca.harbour.directory.internal;

import ca.harbour.directory.ServiceOwners;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Answers which Harbour organization owns a service, for referrals that must reach it. */
@Service
class DirectoryServiceOwners implements ServiceOwners {

    private final Services services;

    DirectoryServiceOwners(Services services) {
        this.services = services;
    }

    @Override
    public Optional<UUID> harbourOrganization(UUID serviceId) {
        return services.find(serviceId).map(s -> s.organization().ownerOrganizationId());
    }
}
