package ca.harbour.directory.internal;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.platform.demo.DemoDataContributor;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * About 1,600 synthetic services (320 organizations; {@code harbour.directory.demo-organizations}
 * sets another number, as the benchmark does) across Ontario in both languages. Every organization and
 * service name starts with "Demo" (French: "Démo") and every row is flagged demo. Demo service
 * providers of the identity module own the first organizations, so their supervisors can edit them.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class DirectoryDemoData implements DemoDataContributor {

    private final ServiceWrites writes;
    private final DirectoryGenerator generator;
    private final OrganizationLookup identity;
    private final int organizations;

    DirectoryDemoData(
            ServiceWrites writes,
            DirectoryGenerator generator,
            OrganizationLookup identity,
            DirectorySettings settings) {
        this.organizations = settings.demoOrganizations();
        this.writes = writes;
        this.generator = generator;
        this.identity = identity;
    }

    @Override
    public String name() {
        return "directory";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void contribute(Random random) {
        // identity's demo service providers and Indigenous organizations own the first directory organizations
        List<UUID> owners =
                identity
                        .active(Set.of(OrganizationType.SERVICE_PROVIDER, OrganizationType.INDIGENOUS_ORGANIZATION))
                        .stream()
                        .filter(Organization::demo)
                        .map(Organization::id)
                        .toList();
        for (int i = 0; i < organizations; i++) {
            UUID owner = i < owners.size() ? owners.get(i) : null;
            DirectoryGenerator.Batch batch = generator.organization(random, owner);
            writes.insertOrganization(batch.organization());
            batch.services().forEach(writes::insert);
        }
    }
}
