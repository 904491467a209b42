package ca.harbour.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What other modules may ask about organizations. */
public interface OrganizationLookup {

    /** The active organization of this type that comes first by name, if any (e.g. the hotline that receives public tips). */
    Optional<Organization> firstActive(OrganizationType type);

    /** Every active organization of these types, by name. */
    List<Organization> active(Set<OrganizationType> types);
}
