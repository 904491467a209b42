package ca.harbour.directory.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One service with everything a page, the index and the HSDS API need: its organization, needs
 * (taxonomy terms), languages, locations, phones, hours, areas, contacts and capacity. Immutable.
 * {@code intakeNotes}, {@code referralContact} and {@code capacity} are for staff only; so are the
 * street, postal code, name, accessibility notes and exact coordinates of the sites of a service
 * with a {@code confidentialLocation} (a shelter): the public sees {@link #forPublic()} only.
 */
public record DirectoryService(
        UUID id,
        Org organization,
        String name,
        String nameFr,
        String description,
        String descriptionFr,
        String url,
        String email,
        String status,
        String applicationProcess,
        String applicationProcessFr,
        String eligibilityDescription,
        Integer minimumAge,
        Integer maximumAge,
        String gender,
        boolean open247,
        boolean acceptingNewClients,
        boolean confidentialLocation,
        String intakeNotes,
        String referralContact,
        boolean demo,
        Instant lastVerified,
        Instant lastModified,
        List<Term> terms,
        List<Language> languages,
        List<Site> sites,
        List<Phone> phones,
        List<Hours> hours,
        List<Area> areas,
        List<Contact> contacts,
        List<Capacity> capacity) {

    /** HSDS statuses of services that are gone from public view (staff still find them). */
    public static final Set<String> UNLISTED = Set.of("inactive", "defunct");

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
        return french && applicationProcessFr != null && !applicationProcessFr.isBlank()
                ? applicationProcessFr
                : applicationProcess;
    }

    /**
     * True when the public may see the service at all: not inactive or defunct. A service that is
     * temporarily closed stays listed (its page says so), though "find supports" shows running ones only.
     */
    public boolean listed() {
        return !UNLISTED.contains(status);
    }

    /**
     * The service as anyone may see it: without intake notes, referral contact or capacity, and, for a
     * confidential location, with sites that keep only their town and a coarse point ({@link Site#coarse}).
     */
    public DirectoryService forPublic() {
        return new DirectoryService(
                id,
                organization,
                name,
                nameFr,
                description,
                descriptionFr,
                url,
                email,
                status,
                applicationProcess,
                applicationProcessFr,
                eligibilityDescription,
                minimumAge,
                maximumAge,
                gender,
                open247,
                acceptingNewClients,
                confidentialLocation,
                null,
                null,
                demo,
                lastVerified,
                lastModified,
                terms,
                languages,
                confidentialLocation ? sites.stream().map(Site::townOnly).toList() : sites,
                phones,
                hours,
                areas,
                contacts,
                List.of());
    }

    /**
     * A text that HSDS gives one field for (an organization's name, a site's accessibility), written in both
     * languages as Ontario signs are, "English / Français": the half in the language asked for. Only a text whose
     * second half reads as French (a French word such as "de" or "pour", or a French accent) is split, so that an
     * English name with a slash in it ("Food / Clothing Bank") is shown whole, as is any text not written this way.
     */
    public static @Nullable String half(@Nullable String text, boolean french) {
        if (text == null) {
            return null;
        }
        String[] halves = text.split(" / ");
        if (halves.length != 2
                || halves[0].isBlank()
                || halves[1].isBlank()
                || !FRENCH.matcher(halves[1]).find()) {
            return text;
        }
        return (french ? halves[1] : halves[0]).strip();
    }

    private static final Pattern FRENCH = Pattern.compile(
            "[àâçéèêëîïôûùüÿœÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ]|\\b(?:de|des|du|la|le|les|pour|et|aux|au|sur|l'|d')\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The HSDS organization that provides services; optionally owned by an identity organization. */
    public record Org(
            UUID id,
            String name,
            String alternateName,
            String description,
            String email,
            String website,
            boolean indigenousLed,
            UUID ownerOrganizationId,
            boolean demo,
            Instant lastModified) {}

    public record Language(UUID id, String code, String name) {}

    /** A location where the service is delivered (service_at_location + location + address + accessibility). */
    public record Site(
            UUID serviceAtLocationId,
            UUID locationId,
            String name,
            Double latitude,
            Double longitude,
            UUID addressId,
            String address1,
            String city,
            String postalCode,
            UUID accessibilityId,
            String accessibility) {

        public boolean hasCoordinates() {
            return latitude != null && longitude != null;
        }

        /**
         * Degrees rounded to a tenth (about 11 km north-south, 8 km east-west in Ontario): enough to
         * rank and to say "about 40 km", too coarse to find a building by measuring distances from
         * several places.
         */
        public static double coarse(double degrees) {
            return Math.round(degrees * 10d) / 10d;
        }

        /** This site with its town only: no street, postal code, name or notes, and a coarse point. */
        Site townOnly() {
            return new Site(
                    serviceAtLocationId,
                    locationId,
                    null,
                    latitude == null ? null : coarse(latitude),
                    longitude == null ? null : coarse(longitude),
                    null,
                    null,
                    city,
                    null,
                    null,
                    null);
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
