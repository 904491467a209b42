package ca.harbour.intelligence.web;

import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Scope;
import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.PoliceInbox;
import ca.harbour.intelligence.internal.PoliceTips.PoliceTip;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the pages of other modules show of police tips, called from the {@code intelligence/police} fragment: the
 * police services a tip can go to, and the tips sent from a contact with their status and feedback.
 */
@Component("policeTipsView")
public class PoliceTipsView {

    private final OrganizationLookup organizations;
    private final PoliceInbox inbox;

    PoliceTipsView(OrganizationLookup organizations, PoliceInbox inbox) {
        this.organizations = organizations;
        this.inbox = inbox;
    }

    public List<Organization> policeServices() {
        return organizations.active(EnumSet.of(OrganizationType.POLICE_SERVICE));
    }

    /** The tips sent from this contact, for a viewer whose organization may follow them; otherwise none. */
    public List<PoliceTip> sentFrom(UUID contactId) {
        return CurrentStaff.get()
                .filter(me -> AccessPolicy.scope(me, IntelligenceContributions.SENT_READ) != Scope.NONE)
                .map(me -> inbox.sentFrom(me, contactId))
                .orElse(List.of());
    }

    /** The tips sent from this case, for a viewer who may read the case; otherwise none. */
    public List<PoliceTip> sentFromCase(UUID caseId) {
        return CurrentStaff.get().map(me -> inbox.sentFromCase(me, caseId)).orElse(List.of());
    }

    /** Names of the active organizations by id, for lists that show who sent or received a tip. */
    public Map<UUID, String> organizationNames() {
        return organizations.active(EnumSet.allOf(OrganizationType.class)).stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
    }

    /** The name of an organization, or an empty string when it is no longer active. */
    public String nameOf(UUID organizationId) {
        return organizationNames().getOrDefault(organizationId, "");
    }
}
