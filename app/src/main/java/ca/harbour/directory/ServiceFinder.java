package ca.harbour.directory;

import java.util.List;
import java.util.Optional;
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

    Optional<ServiceSummary> find(UUID id, boolean french);
}
