package ca.harbour.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What other modules may ask about staff accounts: who works where, and their display names. */
public interface StaffLookup {

    /** A staff member as other modules may show them: never more than a name, an organization and roles. */
    record StaffMember(UUID id, String displayName, UUID organizationId, Set<Role> roles) {

        public StaffMember {
            roles = Set.copyOf(roles);
        }
    }

    /** The active accounts of the organization holding any of {@code roles}, by name. */
    List<StaffMember> activeIn(UUID organizationId, Set<Role> roles);

    /** The display names of these accounts, by id (an unknown id is left out). */
    Map<UUID, String> names(Collection<UUID> ids);
}
