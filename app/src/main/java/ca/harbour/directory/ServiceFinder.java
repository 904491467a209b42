package ca.harbour.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules may ask the directory: find services to refer someone to, and name a service
 * by its id. Returns only public fields.
 */
public interface ServiceFinder {

    /** A service as a referral shows it. */
    record ServiceSummary(UUID id, String name, String organization, String phone) {}

    /** The best matches for free text in either language, at most {@code max}. */
    List<ServiceSummary> search(String text, boolean french, int max);

    /**
     * For a child under 16: the best matches among the services that admit a child of 15 that are specialised
     * supports for children (see {@link #forChildrenUnder16}) first, then the other best matches, at most {@code max}.
     */
    List<ServiceSummary> searchUnder16First(String text, boolean french, int max);

    Optional<ServiceSummary> find(UUID id, boolean french);

    /**
     * The names of many services at once, in the language asked for (a list names every row's service with one
     * query, not one a row); a service that left the directory is absent from the answer.
     */
    Map<UUID, String> names(Collection<UUID> ids, boolean french);

    /**
     * Of these services, those specialised for a child under 16: youth-specific services that admit a child, and
     * residences licensed for children (a minimum age below 16). Pickers of a case on the under-16 pathway list them
     * first.
     */
    Set<UUID> forChildrenUnder16(Collection<UUID> ids);
}
