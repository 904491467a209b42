package ca.harbour.referrals.web;

import ca.harbour.directory.ServiceFinder;
import ca.harbour.directory.ServiceFinder.ServiceSummary;
import ca.harbour.directory.ServiceOwners;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.referrals.internal.ReferralDesk;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names the referral pages show: organizations, services and whether a service receives referrals in Harbour. */
@Component
public class ReferralsView {

    /** A directory service as the sending form offers it; {@code receiver} is null when it does not use Harbour. */
    public record ServiceChoice(
            ServiceSummary service, @Nullable UUID receiver, boolean forChildren) {}

    /** How many services a search offers. */
    static final int MATCHES = 10;

    private final OrganizationLookup organizations;
    private final ServiceFinder services;
    private final ServiceOwners owners;

    ReferralsView(OrganizationLookup organizations, ServiceFinder services, ServiceOwners owners) {
        this.organizations = organizations;
        this.services = services;
        this.owners = owners;
    }

    static boolean french() {
        return "fr".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    public Map<UUID, String> organizationNames() {
        return organizations.active(EnumSet.allOf(OrganizationType.class)).stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
    }

    /** The service's name, or an empty string when it left the directory. */
    public String serviceName(UUID serviceId) {
        return services.find(serviceId, french()).map(ServiceSummary::name).orElse("");
    }

    /** The names of the services of these rows, read in one query. */
    Map<UUID, String> serviceNames(List<ReferralDesk.Row> rows) {
        return services.names(rows.stream().map(r -> r.referral().serviceId()).toList(), french());
    }

    Optional<ServiceChoice> choice(UUID serviceId) {
        return services.find(serviceId, french())
                .map(s ->
                        new ServiceChoice(s, owners.harbourOrganization(s.id()).orElse(null), false));
    }

    /**
     * The directory's best matches; for a case on the under-16 pathway ({@code underSixteen}) the specialised supports
     * for children come first, each group in the directory's order of relevance.
     */
    List<ServiceChoice> search(String text, boolean underSixteen) {
        List<ServiceSummary> found = underSixteen
                ? services.searchUnder16First(text, french(), MATCHES)
                : services.search(text, french(), MATCHES);
        Set<UUID> forChildren = underSixteen
                ? services.forChildrenUnder16(
                        found.stream().map(ServiceSummary::id).toList())
                : Set.of();
        return found.stream()
                .map(s -> new ServiceChoice(
                        s, owners.harbourOrganization(s.id()).orElse(null), forChildren.contains(s.id())))
                .toList();
    }
}
