package ca.harbour.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/** Filtered, paged reading of the audit log for reviewers. */
@Service
public class AuditSearch {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Blank filters match everything; dates are whole days in the given zone, both inclusive. */
    public record Filter(String actor, String resourceType, String action, LocalDate from, LocalDate to, int page) {}

    public record Row(
            long id,
            Instant occurredAt,
            String actor,
            UUID organizationId,
            String action,
            String resourceType,
            String resourceId,
            String reason,
            String shownIds) {}

    public record Page(List<Row> rows, boolean hasNext) {}

    public Page search(Filter f, ZoneId zone) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (StringUtils.hasText(f.actor())) {
            where.append(" and actor = ?");
            params.add(f.actor().trim());
        }
        if (StringUtils.hasText(f.resourceType())) {
            where.append(" and resource_type = ?");
            params.add(f.resourceType().trim());
        }
        if (StringUtils.hasText(f.action())) {
            where.append(" and action = ?");
            params.add(f.action().trim());
        }
        if (f.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(Timestamp.from(f.from().atStartOfDay(zone).toInstant()));
        }
        if (f.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        int page = Math.max(0, f.page());
        params.add(PAGE_SIZE + 1);
        params.add((long) page * PAGE_SIZE);
        List<Row> rows = jdbc.sql("select id, occurred_at, actor, organization_id, action, resource_type, resource_id,"
                        + " reason, shown_ids from audit_event" + where + " order by id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
                .list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, hasNext);
    }
}
