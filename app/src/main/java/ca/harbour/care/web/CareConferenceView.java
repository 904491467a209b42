package ca.harbour.care.web;

import ca.harbour.care.internal.ConferenceDesk;
import ca.harbour.care.internal.YouthConsentDesk;
import ca.harbour.identity.Organization;
import ca.harbour.identity.StaffLookup;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the conference and consent pages show besides the records: names of organizations and staff, and today. */
@Component
class CareConferenceView {

    private final YouthConsentDesk consents;
    private final ConferenceDesk conferences;
    private final StaffLookup staff;
    private final Clock clock;

    CareConferenceView(YouthConsentDesk consents, ConferenceDesk conferences, StaffLookup staff, Clock clock) {
        this.consents = consents;
        this.conferences = conferences;
        this.staff = staff;
        this.clock = clock;
    }

    LocalDate today() {
        return conferences.today();
    }

    Instant now() {
        return clock.instant();
    }

    /** Every active organization's name by id. */
    Map<UUID, String> organizationNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Organization o : consents.organizations()) {
            names.put(o.id(), o.name());
        }
        return names;
    }

    /** Staff display names by id, sorted by name. */
    Map<UUID, String> staffNames(Collection<UUID> ids) {
        Map<UUID, String> sorted = new LinkedHashMap<>();
        staff.names(ids).entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
