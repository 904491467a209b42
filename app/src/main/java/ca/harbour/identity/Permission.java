package ca.harbour.identity;

/**
 * A resource × action pair such as {@code CASE:READ}; its {@link #authority()} is the string
 * that {@code @PreAuthorize("hasAuthority('CASE:READ')")} checks.
 */
public record Permission(Resource resource, Action action) {

    public enum Resource { USER, ORGANIZATION, AUDIT, CONTACT, TIP, SCREENING, CASE, REFERRAL, CARE, INTEL, DIRECTORY, STATS, PROGRAM }

    public enum Action { READ, SEARCH, CREATE, UPDATE, MANAGE, EXPORT }

    public static Permission of(Resource resource, Action action) {
        return new Permission(resource, action);
    }

    public String authority() {
        return resource + ":" + action;
    }

    @Override
    public String toString() {
        return authority();
    }
}
