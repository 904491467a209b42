package ca.harbour.directory.internal;

import ca.harbour.directory.internal.DirectoryService.Area;
import ca.harbour.directory.internal.DirectoryService.Capacity;
import ca.harbour.directory.internal.DirectoryService.Contact;
import ca.harbour.directory.internal.DirectoryService.Hours;
import ca.harbour.directory.internal.DirectoryService.Language;
import ca.harbour.directory.internal.DirectoryService.Org;
import ca.harbour.directory.internal.DirectoryService.Phone;
import ca.harbour.directory.internal.DirectoryService.Site;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads services whole: one query per table for the whole set, grouped in memory. Services read
 * by id are kept in memory until {@link #evict}ed: every change publishes an event, upon which
 * {@link DirectoryIndexer} evicts what changed once the transaction ends, committed or not.
 */
@Repository
public class Services {

    private final JdbcClient jdbc;
    private final Taxonomy taxonomy;
    private final Cache<UUID, DirectoryService> cache =
            Caffeine.newBuilder().maximumSize(60_000).build();

    Services(JdbcClient jdbc, Taxonomy taxonomy) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
    }

    public List<DirectoryService> all() {
        return load("true", Map.of());
    }

    /** The names of these services (French when asked for and given, else the English name), in one query. */
    Map<UUID, String> names(Set<UUID> ids, boolean french) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, name, name_fr from dir_service where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    String fr = rs.getString(3);
                    names.put(
                            rs.getObject(1, UUID.class), french && fr != null && !fr.isBlank() ? fr : rs.getString(2));
                });
        return names;
    }

    public Optional<DirectoryService> find(UUID id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    /** The services with these ids, in that order (missing ones left out); recently read ones come from memory. */
    public List<DirectoryService> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, DirectoryService> byId = new HashMap<>(cache.getAllPresent(ids));
        List<UUID> missing =
                ids.stream().filter(id -> !byId.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            load("s.id = any(:ids)", Map.of("ids", missing.toArray(UUID[]::new)))
                    .forEach(s -> {
                        byId.put(s.id(), s);
                        cache.put(s.id(), s);
                    });
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Forgets what memory holds of these services (after they changed, or a change was rolled back). */
    public void evict(Collection<UUID> ids) {
        cache.invalidateAll(ids);
    }

    public void evictAll() {
        cache.invalidateAll();
    }

    public List<Org> organizations() {
        return jdbc.sql("select * from dir_organization order by lower(name), id")
                .query(Services::org)
                .list();
    }

    public Optional<Org> organization(UUID id) {
        return jdbc.sql("select * from dir_organization where id = :id")
                .param("id", id)
                .query(Services::org)
                .optional();
    }

    public int count() {
        return jdbc.sql("select count(*) from dir_service").query(Integer.class).single();
    }

    private List<DirectoryService> load(String where, Map<String, Object> params) {
        String ids = "(select s.id from dir_service s where " + where + ")";
        Map<UUID, List<Term>> terms = group(
                "select link_id k, taxonomy_term_id t from dir_attribute where link_id in " + ids
                        + " order by link_id, taxonomy_term_id",
                params,
                rs -> taxonomy.term(rs.getObject("t", UUID.class)));
        Map<UUID, List<Language>> languages = group(
                "select service_id k, * from dir_language where service_id in " + ids + " order by service_id, code",
                params,
                rs -> new Language(id(rs), rs.getString("code"), rs.getString("name")));
        Map<UUID, List<Site>> sites = group("""
                select sal.service_id k, sal.id sal_id, l.id loc_id, l.name loc_name, l.latitude, l.longitude,
                       a.id addr_id, a.address_1, a.city, a.postal_code, x.id acc_id, x.description acc
                from dir_service_at_location sal join dir_location l on l.id = sal.location_id
                left join dir_address a on a.location_id = l.id left join dir_accessibility x on x.location_id = l.id
                where sal.service_id in """ + ids + " order by sal.service_id, sal.id", params, Services::site);
        Map<UUID, List<Phone>> phones = group(
                "select service_id k, * from dir_phone where service_id in " + ids + " order by service_id, id",
                params,
                rs -> new Phone(
                        id(rs),
                        rs.getString("number"),
                        rs.getString("extension"),
                        rs.getString("type"),
                        rs.getString("description")));
        Map<UUID, List<Hours>> hours = group(
                "select service_id k, * from dir_schedule where service_id in " + ids + " order by service_id, id",
                params,
                rs -> new Hours(
                        id(rs),
                        rs.getString("byday"),
                        rs.getObject("opens_at", LocalTime.class),
                        rs.getObject("closes_at", LocalTime.class),
                        rs.getString("description")));
        Map<UUID, List<Area>> areas = group(
                "select service_id k, * from dir_service_area where service_id in " + ids + " order by service_id, id",
                params,
                rs -> new Area(id(rs), rs.getString("name")));
        Map<UUID, List<Contact>> contacts = group(
                "select service_id k, * from dir_contact where service_id in " + ids + " order by service_id, id",
                params,
                rs -> new Contact(id(rs), rs.getString("name"), rs.getString("title"), rs.getString("email")));
        Map<UUID, List<Capacity>> capacity = group(
                """
                select c.service_id k, c.*, u.name unit from dir_service_capacity c join dir_unit u on u.id = c.unit_id
                where c.service_id in """ + ids + " order by c.service_id, c.id",
                params,
                rs -> new Capacity(
                        id(rs),
                        rs.getObject("unit_id", UUID.class),
                        rs.getString("unit"),
                        rs.getInt("available"),
                        (Integer) rs.getObject("maximum"),
                        instant(rs.getTimestamp("updated"))));
        return jdbc.sql("""
                select s.*, o.id o_id, o.name o_name, o.alternate_name o_alt, o.description o_description,
                       o.email o_email, o.website o_website, o.indigenous_led o_indigenous,
                       o.owner_organization_id o_owner, o.demo o_demo, o.last_modified o_modified
                from dir_service s join dir_organization o on o.id = s.organization_id
                where\s""" + where + " order by s.id")
                .params(params)
                .query((rs, n) -> {
                    UUID id = id(rs);
                    return new DirectoryService(
                            id,
                            prefixedOrg(rs),
                            rs.getString("name"),
                            rs.getString("name_fr"),
                            rs.getString("description"),
                            rs.getString("description_fr"),
                            rs.getString("url"),
                            rs.getString("email"),
                            rs.getString("status"),
                            rs.getString("application_process"),
                            rs.getString("application_process_fr"),
                            rs.getString("eligibility_description"),
                            (Integer) rs.getObject("minimum_age"),
                            (Integer) rs.getObject("maximum_age"),
                            rs.getString("gender"),
                            rs.getBoolean("open_24_7"),
                            rs.getBoolean("accepting_new_clients"),
                            rs.getBoolean("confidential_location"),
                            rs.getString("intake_notes"),
                            rs.getString("referral_contact"),
                            rs.getBoolean("demo"),
                            instant(rs.getTimestamp("last_verified")),
                            instant(rs.getTimestamp("last_modified")),
                            get(terms, id),
                            get(languages, id),
                            get(sites, id),
                            get(phones, id),
                            get(hours, id),
                            get(areas, id),
                            get(contacts, id),
                            get(capacity, id));
                })
                .list();
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Map<UUID, List<T>> group(String sql, Map<String, Object> params, Row<T> row) {
        Map<UUID, List<T>> out = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            out.computeIfAbsent(rs.getObject("k", UUID.class), k -> new ArrayList<>())
                    .add(row.map(rs));
        });
        return out;
    }

    private static <T> List<T> get(Map<UUID, List<T>> map, UUID id) {
        return map.getOrDefault(id, List.of());
    }

    private static Site site(ResultSet rs) throws SQLException {
        return new Site(
                rs.getObject("sal_id", UUID.class),
                rs.getObject("loc_id", UUID.class),
                rs.getString("loc_name"),
                (Double) rs.getObject("latitude"),
                (Double) rs.getObject("longitude"),
                rs.getObject("addr_id", UUID.class),
                rs.getString("address_1"),
                rs.getString("city"),
                rs.getString("postal_code"),
                rs.getObject("acc_id", UUID.class),
                rs.getString("acc"));
    }

    static Org org(ResultSet rs, int n) throws SQLException {
        return new Org(
                id(rs),
                rs.getString("name"),
                rs.getString("alternate_name"),
                rs.getString("description"),
                rs.getString("email"),
                rs.getString("website"),
                rs.getBoolean("indigenous_led"),
                rs.getObject("owner_organization_id", UUID.class),
                rs.getBoolean("demo"),
                instant(rs.getTimestamp("last_modified")));
    }

    private static Org prefixedOrg(ResultSet rs) throws SQLException {
        return new Org(
                rs.getObject("o_id", UUID.class),
                rs.getString("o_name"),
                rs.getString("o_alt"),
                rs.getString("o_description"),
                rs.getString("o_email"),
                rs.getString("o_website"),
                rs.getBoolean("o_indigenous"),
                rs.getObject("o_owner", UUID.class),
                rs.getBoolean("o_demo"),
                instant(rs.getTimestamp("o_modified")));
    }

    private static UUID id(ResultSet rs) throws SQLException {
        return rs.getObject("id", UUID.class);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
