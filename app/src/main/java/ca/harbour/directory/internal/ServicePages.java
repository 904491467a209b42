package ca.harbour.directory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pages of service ids for the public HSDS API: filters in SQL, optionally restricted to (and ordered
 * as) search hits. Only listed services ({@link DirectoryService#listed()}) are ever counted or paged.
 */
@Repository
public class ServicePages {

    public record Filter(
            List<UUID> onlyIds, UUID taxonomyTermId, UUID taxonomyId, UUID organizationId, Instant modifiedAfter) {}

    public record Page(long total, List<UUID> ids) {}

    private final JdbcClient jdbc;

    ServicePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code page} counts from 1, as HSDS does. */
    public Page page(Filter f, int page, int perPage) {
        StringBuilder where = new StringBuilder("s.status <> all(:unlisted)");
        if (f.onlyIds() != null) {
            where.append(" and s.id = any(:ids)");
        }
        if (f.taxonomyTermId() != null) {
            where.append(
                    " and exists (select 1 from dir_attribute a where a.link_id = s.id and a.taxonomy_term_id = :term)");
        }
        if (f.taxonomyId() != null) {
            where.append(
                    " and exists (select 1 from dir_attribute a join dir_taxonomy_term t on t.id = a.taxonomy_term_id"
                            + " where a.link_id = s.id and t.taxonomy_id = :taxonomy)");
        }
        if (f.organizationId() != null) {
            where.append(" and s.organization_id = :org");
        }
        if (f.modifiedAfter() != null) {
            where.append(" and s.last_modified >= :after");
        }
        String order = f.onlyIds() != null ? "array_position(:ids, s.id)" : "s.name, s.id";
        var params = new HashMap<String, Object>();
        params.put("unlisted", DirectoryService.UNLISTED.toArray(String[]::new));
        if (f.onlyIds() != null) {
            params.put("ids", f.onlyIds().toArray(UUID[]::new));
        }
        if (f.taxonomyTermId() != null) {
            params.put("term", f.taxonomyTermId());
        }
        if (f.taxonomyId() != null) {
            params.put("taxonomy", f.taxonomyId());
        }
        if (f.organizationId() != null) {
            params.put("org", f.organizationId());
        }
        if (f.modifiedAfter() != null) {
            params.put("after", Timestamp.from(f.modifiedAfter()));
        }
        long total = jdbc.sql("select count(*) from dir_service s where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", perPage);
        params.put("offset", (long) (page - 1) * perPage);
        List<UUID> ids = jdbc.sql("select s.id from dir_service s where " + where + " order by " + order
                        + " limit :limit offset :offset")
                .params(params)
                .query(UUID.class)
                .list();
        return new Page(total, ids);
    }

    /** The service a listed service-at-location belongs to (none for an unknown id or an unlisted service). */
    public Optional<UUID> serviceOfSite(UUID serviceAtLocationId) {
        return jdbc.sql("select s.id from dir_service_at_location sal join dir_service s on s.id = sal.service_id"
                        + " where sal.id = :id and s.status <> all(:unlisted)")
                .param("id", serviceAtLocationId)
                .param("unlisted", DirectoryService.UNLISTED.toArray(String[]::new))
                .query(UUID.class)
                .optional();
    }

    public List<UUID> organizationIds(int page, int perPage) {
        return jdbc.sql("select id from dir_organization order by lower(name), id limit :l offset :o")
                .param("l", perPage)
                .param("o", (long) (page - 1) * perPage)
                .query(UUID.class)
                .list();
    }

    public long organizationCount() {
        return jdbc.sql("select count(*) from dir_organization")
                .query(Long.class)
                .single();
    }
}
