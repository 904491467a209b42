package ca.harbour.directory.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * One service with everything a page, the index and the HSDS API need: its organization, needs
 * (taxonomy terms), languages, locations, phones, hours, areas, contacts and capacity. Immutable.
 * {@code intakeNotes}, {@code referralContact} and {@code capacity} are for staff only.
 */
public record DirectoryService(UUID id, Org organization, String name, String nameFr, String description,
        String descriptionFr, String url, String email, String status, String applicationProcess,
        String applicationProcessFr, String eligibilityDescription, Integer minimumAge, Integer maximumAge,
        String gender, boolean open247, boolean acceptingNewClients, String intakeNotes, String referralContact,
        boolean demo, Instant lastVerified, Instant lastModified, List<Term> terms, List<Language> languages,
        List<Site> sites, List<Phone> phones, List<Hours> hours, List<Area> areas, List<Contact> contacts,
        List<Capacity> capacity) {

    public DirectoryService {
        terms = List.copyOf(terms);
        languages = List.copyOf(languages);
        sites = List.copyOf(sites);
        phones = List.copyOf(phones);
        hours = List.copyOf(hours);
        areas = List.copyOf(areas);
        contacts = List.copyOf(contacts);
        capacity = List.copyOf(capacity);
    }

    /** The name in the reader's language, falling back to English. */
    public String name(boolean french) {
        return french && nameFr != null && !nameFr.isBlank() ? nameFr : name;
    }

    public String description(boolean french) {
        return french && descriptionFr != null && !descriptionFr.isBlank() ? descriptionFr : description;
    }

    public String applicationProcess(boolean french) {
        return french && applicationProcessFr != null && !applicationProcessFr.isBlank() ? applicationProcessFr
                : applicationProcess;
    }

    /** The HSDS organization that provides services; optionally owned by an identity organization. */
    public record Org(UUID id, String name, String alternateName, String description, String email, String website,
            boolean indigenousLed, UUID ownerOrganizationId, boolean demo, Instant lastModified) {}

    public record Language(UUID id, String code, String name) {}

    /** A location where the service is delivered (service_at_location + location + address + accessibility). */
    public record Site(UUID serviceAtLocationId, UUID locationId, String name, Double latitude, Double longitude,
            UUID addressId, String address1, String city, String postalCode, UUID accessibilityId,
            String accessibility) {

        public boolean hasCoordinates() {
            return latitude != null && longitude != null;
        }
    }

    /** A phone number as written, with its extension (digits only) if any. */
    public record Phone(UUID id, String number, String extension, String type, String description) {}

    /** Weekly opening hours: RFC 5545 BYDAY list (MO,TU,...) with opening and closing times. */
    public record Hours(UUID id, String byday, LocalTime opensAt, LocalTime closesAt, String description) {}

    public record Area(UUID id, String name) {}

    public record Contact(UUID id, String name, String title, String email) {}

    /** How much of a unit (such as beds) is free now; staff only. */
    public record Capacity(UUID id, UUID unitId, String unit, int available, Integer maximum, Instant updated) {}
}
