package ca.harbour.identity.internal;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Region;
import ca.harbour.identity.SqlPredicate;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organizations in PostgreSQL. */
@Repository
public class Organizations implements OrganizationLookup {

    private static final String COLUMNS = "id, name, type, region, languages, active, demo, updated_at";

    private final JdbcClient jdbc;
    private final AccountStandings standings;

    Organizations(JdbcClient jdbc, AccountStandings standings) {
        this.jdbc = jdbc;
        this.standings = standings;
    }

    public List<Organization> list(SqlPredicate scope) {
        return jdbc.sql("select " + COLUMNS + " from organization o where " + scope.sql() + " order by lower(name)")
                .params(scope.params())
                .query(Organizations::map)
                .list();
    }

    public Optional<Organization> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organization where id = :id")
                .param("id", id)
                .query(Organizations::map)
                .optional();
    }

    @Override
    public Optional<Organization> firstActive(OrganizationType type) {
        return jdbc.sql("select " + COLUMNS
                        + " from organization where type = :t and active order by lower(name) limit 1")
                .param("t", type.name())
                .query(Organizations::map)
                .optional();
    }

    @Override
    public List<Organization> active(Set<OrganizationType> types) {
        return jdbc.sql("select " + COLUMNS
                        + " from organization where active and type in (:types) order by lower(name)")
                .param("types", types.stream().map(Enum::name).toList())
                .query(Organizations::map)
                .list();
    }

    public boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select count(*) from organization where lower(name) = lower(:name) and id <> :except")
                        .param("name", name)
                        .param("except", except == null ? new UUID(0, 0) : except)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void insert(Organization o) {
        jdbc.sql("""
                insert into organization(id, name, type, region, languages, active, demo)
                values (:id, :name, :type, :region, :languages, :active, :demo)""")
                .param("id", o.id())
                .param("name", o.name())
                .param("type", o.type().name())
                .param("region", o.region().name())
                .param("languages", o.languages().toArray(String[]::new))
                .param("active", o.active())
                .param("demo", o.demo())
                .update();
    }

    public void update(Organization o) {
        jdbc.sql("""
                update organization set name = :name, type = :type, region = :region, languages = :languages,
                       active = :active, updated_at = now() where id = :id""")
                .param("id", o.id())
                .param("name", o.name())
                .param("type", o.type().name())
                .param("region", o.region().name())
                .param("languages", o.languages().toArray(String[]::new))
                .param("active", o.active())
                .update();
        // a deactivated organization ends its people's sessions: the per-request check reads its flag afresh
        standings.forgetAll();
    }

    static Organization map(ResultSet rs, int n) throws SQLException {
        return new Organization(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")),
                Region.valueOf(rs.getString("region")),
                strings(rs.getArray("languages")),
                rs.getBoolean("active"),
                rs.getBoolean("demo"),
                rs.getTimestamp("updated_at").toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
