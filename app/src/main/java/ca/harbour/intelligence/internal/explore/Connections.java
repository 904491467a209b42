package ca.harbour.intelligence.internal.explore;

import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.LinkKind;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of what is connected to an entity: its neighbours one page at a time, the figures of its summary and
 * capped counts. Each query starts from the link indexes (the primary key leads with from_id, intel_link_to
 * serves to_id) and stops at a limit, so an identifier named in thousands of ads stays fast.
 */
@Repository
public class Connections {

    /** The most neighbours counted before a count says "at least". */
    public static final int COUNT_CAP = 10_000;

    /** What narrows the neighbours: kinds of entity, an ad's city, and a period (when the link was seen). */
    public record Filter(
            Set<EntityKind> kinds,
            @Nullable String city,
            @Nullable Instant from,
            @Nullable Instant to) {

        public static final Filter NONE = new Filter(Set.of(), null, null, null);

        public Filter {
            kinds = Set.copyOf(kinds);
            city = city == null || city.isBlank() ? null : city.strip();
        }
    }

    /** A neighbour and the link to it; city, date, site and flags when the neighbour is an ad. */
    public record Connection(
            UUID id,
            EntityKind kind,
            @Nullable String label,
            LinkKind link,
            boolean outgoing,
            @Nullable Double score,
            String evidence,
            @Nullable Instant seenAt,
            @Nullable String city,
            @Nullable Instant postedAt,
            @Nullable String site,
            List<String> flags) {

        /** When this connection happened: the ad's posting, otherwise when the link was seen. */
        public @Nullable Instant when() {
            return postedAt != null ? postedAt : seenAt;
        }
    }

    /** The figures of an entity's summary sentence; {@code capped} when more neighbours exist than were counted. */
    public record Summary(
            int ads,
            int cities,
            int tips,
            int others,
            @Nullable Instant since,
            boolean capped) {}

    private static final String NEIGHBOURS = """
            with n as (
              select l.to_id as other, l.kind, l.score, l.evidence::text as evidence, l.seen_at, true as outgoing
                from intel_link l where l.from_id = :id
              union all
              select l.from_id, l.kind, l.score, l.evidence::text, l.seen_at, false
                from intel_link l where l.to_id = :id and l.from_id <> :id
            )
            """;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Connections(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * One page of an entity's neighbours in the service, the most recently linked first. Without a kind or city
     * filter the links alone are sorted and only the page's rows are joined to their entities and ads.
     */
    public List<Connection> page(UUID org, UUID id, Filter filter, int limit, int offset) {
        boolean joined = joined(filter);
        String sql = NEIGHBOURS
                + ", p as (select n.* from n"
                + (joined
                        ? " join intel_entity e on e.id = n.other left join intel_ad a on a.id = n.other"
                                + " where e.police_org_id = :org"
                        : " where true")
                + where(filter)
                + " order by n.seen_at desc nulls last, n.other, n.kind limit :limit offset :offset)"
                + """

                select p.other, e.kind, e.label, p.kind, p.outgoing, p.score, p.evidence, p.seen_at,
                       a.city, a.posted_at, a.site, a.flags
                  from p join intel_entity e on e.id = p.other and e.police_org_id = :org
                  left join intel_ad a on a.id = p.other
                 order by p.seen_at desc nulls last, p.other, p.kind""";
        return jdbc.sql(sql)
                .params(filter(filter))
                .param("id", id)
                .param("org", org)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::connection)
                .list();
    }

    /**
     * How many neighbours pass the filter, counted up to {@link #COUNT_CAP} (a result above it means more). Without
     * a kind or city filter only the links are counted: a link never joins two services' entities.
     */
    public int count(UUID org, UUID id, Filter filter) {
        boolean joined = joined(filter);
        return jdbc.sql(NEIGHBOURS + "select count(*) from (select 1 from n"
                        + (joined
                                ? " join intel_entity e on e.id = n.other left join intel_ad a on a.id = n.other"
                                        + " where e.police_org_id = :org"
                                : " where true")
                        + where(filter)
                        + " limit :cap) c")
                .params(filter(filter))
                .param("id", id)
                .param("org", org)
                .param("cap", COUNT_CAP + 1)
                .query(Integer.class)
                .single();
    }

    /**
     * The figures of the summary sentence, from at most {@link #COUNT_CAP} distinct neighbours: ads (with their
     * cities and first date) are read from the ads' rows, and only the neighbours that are not ads from the
     * entities, so a phone in thousands of ads costs one lookup per ad.
     */
    public Summary summary(UUID org, UUID id) {
        return jdbc.sql("""
                        with n as (
                          select o.other from (
                            select l.to_id as other from intel_link l where l.from_id = :id
                            union
                            select l.from_id from intel_link l where l.to_id = :id and l.from_id <> :id
                          ) o limit :cap
                        ), j as materialized (
                          select n.other, a.id as ad, a.city, a.posted_at
                            from n left join intel_ad a on a.id = n.other and a.police_org_id = :org
                        ), o as materialized (
                          select e.kind, e.first_seen from j join intel_entity e on e.id = j.other
                           where j.ad is null and e.police_org_id = :org
                        )
                        select count(j.ad), count(distinct lower(j.city)),
                               (select count(*) from o where o.kind = 'TIP'),
                               (select count(*) from o where o.kind not in ('AD', 'TIP')),
                               least(min(j.posted_at), (select min(o.first_seen) from o where o.kind = 'TIP')),
                               count(*)
                          from j""")
                .param("id", id)
                .param("org", org)
                .param("cap", COUNT_CAP + 1)
                .query((rs, i) -> {
                    Timestamp since = rs.getTimestamp(5);
                    return new Summary(
                            rs.getInt(1),
                            rs.getInt(2),
                            rs.getInt(3),
                            rs.getInt(4),
                            since == null ? null : since.toInstant(),
                            rs.getInt(6) > COUNT_CAP);
                })
                .single();
    }

    /**
     * Parallel workers cost more to start than these index-bound queries take; the entity pages run without them
     * (for the rest of the caller's transaction only).
     */
    public void withoutParallelWorkers() {
        jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
    }

    private static boolean joined(Filter filter) {
        return !filter.kinds().isEmpty() || filter.city() != null;
    }

    private static String where(Filter filter) {
        StringBuilder sql = new StringBuilder();
        if (!filter.kinds().isEmpty()) {
            sql.append(" and e.kind in (:kinds)");
        }
        if (filter.city() != null) {
            sql.append(" and (a.id is null or lower(a.city) = lower(:city))");
        }
        if (filter.from() != null) {
            sql.append(" and n.seen_at >= :from");
        }
        if (filter.to() != null) {
            sql.append(" and n.seen_at < :to");
        }
        return sql.toString();
    }

    private static Map<String, Object> filter(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        if (!filter.kinds().isEmpty()) {
            params.put("kinds", filter.kinds().stream().map(Enum::name).toList());
        }
        if (filter.city() != null) {
            params.put("city", filter.city());
        }
        if (filter.from() != null) {
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            params.put("to", Timestamp.from(filter.to()));
        }
        return params;
    }

    private Connection connection(ResultSet rs, int n) throws SQLException {
        Timestamp seen = rs.getTimestamp(8);
        Timestamp posted = rs.getTimestamp(10);
        Array flags = rs.getArray(12);
        List<String> flagList = flags == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) flags.getArray()));
        return new Connection(
                rs.getObject(1, UUID.class),
                EntityKind.valueOf(rs.getString(2)),
                cipher.decrypt(rs.getBytes(3), EntityKind.LABEL),
                LinkKind.valueOf(rs.getString(4)),
                rs.getBoolean(5),
                rs.getObject(6) == null ? null : rs.getDouble(6),
                rs.getString(7),
                seen == null ? null : seen.toInstant(),
                rs.getString(9),
                posted == null ? null : posted.toInstant(),
                rs.getString(11),
                List.copyOf(flagList));
    }
}
