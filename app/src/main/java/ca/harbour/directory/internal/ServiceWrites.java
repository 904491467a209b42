package ca.harbour.directory.internal;

import ca.harbour.directory.internal.DirectoryService.Capacity;
import ca.harbour.directory.internal.DirectoryService.Org;
import ca.harbour.directory.internal.DirectoryService.Site;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes organizations and whole services; callers hold the transaction, audit and index update. */
@Repository
public class ServiceWrites {

    private final JdbcClient jdbc;

    ServiceWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertOrganization(Org o) {
        jdbc.sql("""
                insert into dir_organization(id, name, alternate_name, description, email, website, indigenous_led,
                  owner_organization_id, demo, last_modified)
                values (:id, :name, :alt, :description, :email, :website, :indigenous, :owner, :demo, :modified)
                on conflict (id) do update set name = excluded.name, alternate_name = excluded.alternate_name,
                  description = excluded.description, email = excluded.email, website = excluded.website,
                  indigenous_led = excluded.indigenous_led, owner_organization_id = excluded.owner_organization_id,
                  demo = excluded.demo, last_modified = excluded.last_modified""")
                .param("id", o.id())
                .param("name", o.name())
                .param("alt", o.alternateName())
                .param("description", o.description() == null ? "" : o.description())
                .param("email", o.email())
                .param("website", o.website())
                .param("indigenous", o.indigenousLed())
                .param("owner", o.ownerOrganizationId())
                .param("demo", o.demo())
                .param("modified", ts(o.lastModified() == null ? Instant.now() : o.lastModified()))
                .update();
    }

    /** Inserts the service and all its parts; the organization must exist. */
    public void insert(DirectoryService s) {
        jdbc.sql("""
                insert into dir_service(id, organization_id, name, name_fr, description, description_fr, url, email,
                  status, application_process, application_process_fr, eligibility_description, minimum_age,
                  maximum_age, gender, open_24_7, accepting_new_clients, confidential_location, intake_notes, referral_contact, demo,
                  last_verified, last_modified)
                values (:id, :org, :name, :nameFr, :description, :descriptionFr, :url, :email, :status, :apply,
                  :applyFr, :eligibility, :minAge, :maxAge, :gender, :open247, :accepting, :confidential, :intake, :referral, :demo,
                  :verified, :modified)""")
                .param("id", s.id())
                .param("org", s.organization().id())
                .param("name", s.name())
                .param("nameFr", s.nameFr())
                .param("description", s.description() == null ? "" : s.description())
                .param("descriptionFr", s.descriptionFr())
                .param("url", s.url())
                .param("email", s.email())
                .param("status", s.status())
                .param("apply", s.applicationProcess())
                .param("applyFr", s.applicationProcessFr())
                .param("eligibility", s.eligibilityDescription())
                .param("minAge", s.minimumAge())
                .param("maxAge", s.maximumAge())
                .param("gender", s.gender())
                .param("open247", s.open247())
                .param("accepting", s.acceptingNewClients())
                .param("confidential", s.confidentialLocation())
                .param("intake", s.intakeNotes())
                .param("referral", s.referralContact())
                .param("demo", s.demo())
                .param("verified", ts(s.lastVerified()))
                .param("modified", ts(s.lastModified() == null ? Instant.now() : s.lastModified()))
                .update();
        insertParts(s);
    }

    /** Replaces the service's own row and every part (locations of the service included). */
    public void replace(DirectoryService s) {
        delete(s.id());
        insert(s);
    }

    public void delete(UUID serviceId) {
        jdbc.sql("""
                delete from dir_location where id in (select location_id from dir_service_at_location
                  where service_id = :id)""").param("id", serviceId).update();
        jdbc.sql("delete from dir_attribute where link_id = :id")
                .param("id", serviceId)
                .update();
        jdbc.sql("delete from dir_service where id = :id")
                .param("id", serviceId)
                .update();
    }

    public void deleteEverything() {
        for (String table : new String[] {
            "dir_attribute",
            "dir_service_capacity",
            "dir_contact",
            "dir_service_area",
            "dir_language",
            "dir_schedule",
            "dir_phone",
            "dir_service_at_location",
            "dir_accessibility",
            "dir_address",
            "dir_location",
            "dir_service",
            "dir_organization"
        }) {
            jdbc.sql("delete from " + table).update();
        }
    }

    private void insertParts(DirectoryService s) {
        for (Term t : s.terms()) {
            jdbc.sql("insert into dir_attribute(id, link_id, link_type, link_entity, taxonomy_term_id) "
                            + "values (:id, :link, 'service', 'service', :term)")
                    .param("id", attributeId(s.id(), t.id()))
                    .param("link", s.id())
                    .param("term", t.id())
                    .update();
        }
        s.languages()
                .forEach(l -> jdbc.sql("insert into dir_language(id, service_id, name, code) values (:id, :s, :n, :c)")
                        .param("id", l.id())
                        .param("s", s.id())
                        .param("n", l.name())
                        .param("c", l.code())
                        .update());
        for (Site site : s.sites()) {
            jdbc.sql("""
                    insert into dir_location(id, organization_id, name, latitude, longitude) values (:id, :org, :name, :lat, :lon)
                    on conflict (id) do nothing""")
                    .param("id", site.locationId())
                    .param("org", s.organization().id())
                    .param("name", site.name())
                    .param("lat", site.latitude())
                    .param("lon", site.longitude())
                    .update();
            if (site.addressId() != null) {
                jdbc.sql(
                                "insert into dir_address(id, location_id, address_1, city, postal_code) values (:id, :l, :a, :c, :p) "
                                        + "on conflict (id) do nothing")
                        .param("id", site.addressId())
                        .param("l", site.locationId())
                        .param("a", site.address1())
                        .param("c", site.city())
                        .param("p", site.postalCode() == null ? "" : site.postalCode())
                        .update();
            }
            if (site.accessibilityId() != null) {
                jdbc.sql("insert into dir_accessibility(id, location_id, description) values (:id, :l, :d) "
                                + "on conflict (id) do nothing")
                        .param("id", site.accessibilityId())
                        .param("l", site.locationId())
                        .param("d", site.accessibility())
                        .update();
            }
            jdbc.sql("insert into dir_service_at_location(id, service_id, location_id) values (:id, :s, :l)")
                    .param("id", site.serviceAtLocationId())
                    .param("s", s.id())
                    .param("l", site.locationId())
                    .update();
        }
        s.phones()
                .forEach(p -> jdbc.sql("insert into dir_phone(id, service_id, number, extension, type, description) "
                                + "values (:id, :s, :n, :x, :t, :d)")
                        .param("id", p.id())
                        .param("s", s.id())
                        .param("n", p.number())
                        .param("x", p.extension())
                        .param("t", p.type() == null ? "voice" : p.type())
                        .param("d", p.description())
                        .update());
        s.hours()
                .forEach(h -> jdbc.sql(
                                "insert into dir_schedule(id, service_id, byday, opens_at, closes_at, description) "
                                        + "values (:id, :s, :b, :o, :c, :d)")
                        .param("id", h.id())
                        .param("s", s.id())
                        .param("b", h.byday())
                        .param("o", h.opensAt())
                        .param("c", h.closesAt())
                        .param("d", h.description())
                        .update());
        s.areas()
                .forEach(a -> jdbc.sql("insert into dir_service_area(id, service_id, name) values (:id, :s, :n)")
                        .param("id", a.id())
                        .param("s", s.id())
                        .param("n", a.name())
                        .update());
        s.contacts()
                .forEach(c -> jdbc.sql("insert into dir_contact(id, service_id, name, title, email) "
                                + "values (:id, :s, :n, :t, :e)")
                        .param("id", c.id())
                        .param("s", s.id())
                        .param("n", c.name())
                        .param("t", c.title())
                        .param("e", c.email())
                        .update());
        for (Capacity c : s.capacity()) {
            jdbc.sql("insert into dir_service_capacity(id, service_id, unit_id, available, maximum, updated) "
                            + "values (:id, :s, :u, :a, :m, :t)")
                    .param("id", c.id())
                    .param("s", s.id())
                    .param("u", c.unitId())
                    .param("a", c.available())
                    .param("m", c.maximum())
                    .param("t", ts(c.updated() == null ? Instant.now() : c.updated()))
                    .update();
        }
    }

    /** The attribute linking a service to a term has an id derived from both, so exports are stable. */
    public static UUID attributeId(UUID service, UUID term) {
        return UUID.nameUUIDFromBytes((service + "/" + term).getBytes(StandardCharsets.UTF_8));
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
