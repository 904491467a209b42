package ca.harbour.directory.internal;

import ca.harbour.directory.internal.DirectoryService.Org;
import ca.harbour.directory.internal.DirectoryService.Site;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Services, organizations and taxonomy as HSDS 3.0 JSON objects (ordered maps; absent values are
 * left out, as the schema types them non-null). Harbour's own fields travel under {@code x_harbour};
 * the staff-only ones only when asked for ({@code staff}), never in the public API.
 * <p>A confidential location ({@code x_harbour.confidential_location} on the service) keeps its
 * address, name, notes and coordinates in the staff export only; publicly the location has no
 * address, no coordinates, and {@code x_harbour: {"confidential_location": true, "city": ...}}.
 */
public final class HsdsMapper {

    public static final String HSDS_VERSION = "3.0";

    private HsdsMapper() {}

    public static Map<String, Object> serviceList(DirectoryService s) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", s.id());
        put(m, "organization_id", s.organization().id());
        put(m, "name", s.name());
        put(m, "description", s.description());
        put(m, "url", s.url());
        put(m, "email", s.email());
        put(m, "status", s.status());
        put(m, "application_process", s.applicationProcess());
        put(m, "eligibility_description", s.eligibilityDescription());
        put(m, "minimum_age", s.minimumAge());
        put(m, "maximum_age", s.maximumAge());
        if (s.lastVerified() != null) {
            put(
                    m,
                    "assured_date",
                    DateTimeFormatter.ISO_LOCAL_DATE.format(s.lastVerified().atZone(ZoneOffset.UTC)));
        }
        put(m, "last_modified", s.lastModified());
        return m;
    }

    public static Map<String, Object> service(DirectoryService service, boolean staff) {
        DirectoryService s = staff ? service : service.forPublic();
        Map<String, Object> m = serviceList(s);
        m.put(
                "phones",
                s.phones().stream()
                        .map(p -> obj(
                                "id",
                                p.id(),
                                "service_id",
                                s.id(),
                                "number",
                                p.number(),
                                "extension",
                                p.extension() == null ? null : Long.valueOf(p.extension()),
                                "type",
                                p.type(),
                                "description",
                                p.description()))
                        .toList());
        m.put(
                "schedules",
                s.hours().stream()
                        .map(h -> obj(
                                "id",
                                h.id(),
                                "service_id",
                                s.id(),
                                "freq",
                                "WEEKLY",
                                "byday",
                                h.byday(),
                                "opens_at",
                                h.opensAt(),
                                "closes_at",
                                h.closesAt(),
                                "description",
                                h.description()))
                        .toList());
        m.put(
                "service_areas",
                s.areas().stream()
                        .map(a -> obj("id", a.id(), "service_id", s.id(), "name", a.name()))
                        .toList());
        m.put(
                "service_at_locations",
                s.sites().stream()
                        .map(site -> obj(
                                "id",
                                site.serviceAtLocationId(),
                                "service_id",
                                s.id(),
                                "location_id",
                                site.locationId(),
                                "location",
                                location(s, site, staff)))
                        .toList());
        m.put(
                "languages",
                s.languages().stream()
                        .map(l -> obj("id", l.id(), "service_id", s.id(), "name", l.name(), "code", l.code()))
                        .toList());
        m.put("organization", organization(s.organization()));
        m.put(
                "contacts",
                s.contacts().stream()
                        .map(c -> obj(
                                "id",
                                c.id(),
                                "service_id",
                                s.id(),
                                "name",
                                c.name(),
                                "title",
                                c.title(),
                                "email",
                                c.email()))
                        .toList());
        m.put(
                "attributes",
                s.terms().stream()
                        .map(t -> obj(
                                "id",
                                ServiceWrites.attributeId(s.id(), t.id()),
                                "link_id",
                                s.id(),
                                "link_type",
                                "service",
                                "link_entity",
                                "service",
                                "taxonomy_term_id",
                                t.id(),
                                "taxonomy_term",
                                term(t)))
                        .toList());
        Map<String, Object> x = obj(
                "name_fr",
                s.nameFr(),
                "description_fr",
                s.descriptionFr(),
                "application_process_fr",
                s.applicationProcessFr(),
                "gender",
                s.gender(),
                "open_24_7",
                s.open247(),
                "accepting_new_clients",
                s.acceptingNewClients(),
                "confidential_location",
                s.confidentialLocation(),
                "last_verified",
                s.lastVerified(),
                "demo",
                s.demo());
        if (staff) {
            put(x, "intake_notes", s.intakeNotes());
            put(x, "referral_contact", s.referralContact());
            x.put(
                    "capacity",
                    s.capacity().stream()
                            .map(c -> obj(
                                    "id",
                                    c.id(),
                                    "unit_id",
                                    c.unitId(),
                                    "unit",
                                    c.unit(),
                                    "available",
                                    c.available(),
                                    "maximum",
                                    c.maximum(),
                                    "updated",
                                    c.updated()))
                            .toList());
        }
        m.put("x_harbour", x);
        return m;
    }

    /** A site of {@code s} as an HSDS location; for the public, a confidential one gives only its town. */
    public static Map<String, Object> location(DirectoryService s, Site site, boolean staff) {
        Org org = s.organization();
        if (s.confidentialLocation() && !staff) {
            Map<String, Object> l =
                    obj("id", site.locationId(), "location_type", "physical", "organization_id", org.id());
            l.put("addresses", List.of());
            l.put("accessibility", List.of());
            l.put("x_harbour", obj("confidential_location", true, "city", site.city()));
            return l;
        }
        Map<String, Object> l = obj(
                "id",
                site.locationId(),
                "location_type",
                "physical",
                "organization_id",
                org.id(),
                "name",
                site.name(),
                "latitude",
                site.latitude(),
                "longitude",
                site.longitude());
        List<Object> addresses = new ArrayList<>();
        if (site.addressId() != null) {
            addresses.add(obj(
                    "id",
                    site.addressId(),
                    "location_id",
                    site.locationId(),
                    "address_1",
                    site.address1(),
                    "city",
                    site.city(),
                    "state_province",
                    "ON",
                    "postal_code",
                    site.postalCode() == null ? "" : site.postalCode(),
                    "country",
                    "CA",
                    "address_type",
                    "physical"));
        }
        l.put("addresses", addresses);
        List<Object> access = new ArrayList<>();
        if (site.accessibilityId() != null) {
            access.add(obj(
                    "id",
                    site.accessibilityId(),
                    "location_id",
                    site.locationId(),
                    "description",
                    site.accessibility()));
        }
        l.put("accessibility", access);
        return l;
    }

    public static Map<String, Object> organization(Org o) {
        Map<String, Object> m = obj(
                "id",
                o.id(),
                "name",
                o.name(),
                "alternate_name",
                o.alternateName(),
                "description",
                o.description() == null ? "" : o.description(),
                "email",
                o.email(),
                "website",
                o.website());
        m.put(
                "x_harbour",
                obj(
                        "indigenous_led",
                        o.indigenousLed(),
                        "owner_organization_id",
                        o.ownerOrganizationId(),
                        "demo",
                        o.demo(),
                        "last_modified",
                        o.lastModified()));
        return m;
    }

    public static Map<String, Object> term(Term t) {
        Map<String, Object> m = obj(
                "id",
                t.id(),
                "code",
                t.code(),
                "name",
                t.name(),
                "description",
                t.description(),
                "taxonomy_id",
                t.taxonomyId(),
                "language",
                "en");
        m.put("x_harbour", obj("name_fr", t.nameFr()));
        return m;
    }

    public static Map<String, Object> taxonomy(Taxonomy.TaxonomyRow t) {
        return obj(
                "id", t.id(), "name", t.name(), "description", t.description(), "uri", t.uri(), "version", t.version());
    }

    /** An ordered object from name/value pairs; null values are left out; ids, times and instants become strings. */
    static Map<String, Object> obj(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            put(m, (String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof UUID || value instanceof Instant) {
            m.put(key, value.toString());
        } else if (value instanceof LocalTime t) {
            m.put(key, t.format(DateTimeFormatter.ISO_LOCAL_TIME));
        } else {
            m.put(key, value);
        }
    }
}
