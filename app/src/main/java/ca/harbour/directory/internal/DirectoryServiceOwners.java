package ca.harbour.directory.internal;

import ca.harbour.directory.ServiceOwners;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Answers which Harbour organization owns a service, for referrals that must reach it. */
@Service
class DirectoryServiceOwners implements ServiceOwners {

    private final Services services;
    private final JdbcClient jdbc;

    DirectoryServiceOwners(Services services, JdbcClient jdbc) {
        this.services = services;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> harbourOrganization(UUID serviceId) {
        return services.find(serviceId).map(s -> s.organization().ownerOrganizationId());
    }

    @Override
    public List<UUID> servicesOf(UUID harbourOrganizationId, int max) {
        return jdbc.sql("""
                select s.id from dir_service s join dir_organization o on o.id = s.organization_id
                where o.owner_organization_id = :owner and s.status = 'active'
                order by s.name, s.id limit :max""")
                .param("owner", harbourOrganizationId)
                .param("max", Math.max(1, Math.min(max, 100)))
                .query(UUID.class)
                .list();
    }
}
