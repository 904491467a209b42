package ca.harbour.identity.internal;

import ca.harbour.identity.Role;
import ca.harbour.identity.StaffLookup;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Staff names and who works where, read for other modules (assignment lists, names on a timeline). */
@Component
class StaffLookups implements StaffLookup {

    private final JdbcClient jdbc;

    StaffLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StaffMember> activeIn(UUID organizationId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, display_name, organization_id, roles from app_user
                where organization_id = :org and active and roles && cast(:roles as text[])
                order by display_name, id""")
                .param("org", organizationId)
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .query((rs, n) -> new StaffMember(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        Arrays.stream((String[]) rs.getArray(4).getArray())
                                .filter(r -> Arrays.stream(Role.values())
                                        .anyMatch(v -> v.name().equals(r)))
                                .map(Role::valueOf)
                                .collect(Collectors.toUnmodifiableSet())))
                .list();
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, display_name from app_user where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list() // a list, not a stream: a stream would hold its connection until closed
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
