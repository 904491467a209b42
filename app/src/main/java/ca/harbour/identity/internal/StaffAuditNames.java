package ca.harbour.identity.internal;

import ca.harbour.audit.AuditNames;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit log's names for staff (by username or user id) and for organizations: never personal data of survivors. */
@Component
class StaffAuditNames implements AuditNames {

    private final JdbcClient jdbc;

    StaffAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> actors(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select username, display_name from app_user where username in (:names)")
                .param("names", List.copyOf(usernames))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    @Override
    public Map<String, String> records(String resourceType, Collection<String> ids) {
        String sql = switch (resourceType) {
            case "user" -> "select id, display_name from app_user where id in (:ids)";
            case "organization" -> "select id, name from organization where id in (:ids)";
            default -> "";
        };
        List<UUID> uuids = ids.stream().flatMap(id -> uuid(id).stream()).toList();
        if (sql.isEmpty() || uuids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(sql)
                .param("ids", uuids)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
