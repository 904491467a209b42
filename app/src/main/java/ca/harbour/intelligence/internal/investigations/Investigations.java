package ca.harbour.intelligence.internal.investigations;

import ca.harbour.identity.SqlPredicate;
import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of investigations, their pinned entities and their notes; names and notes are encrypted. */
@Repository
public class Investigations {

    /** An investigation as stored, its name decrypted. */
    public record Investigation(
            UUID id,
            UUID policeOrganizationId,
            UUID ownerId,
            String ownerName,
            String name,
            boolean shared,
            Instant createdAt,
            Instant updatedAt,
            int entityCount) {}

    /** A pinned entity with how many ads, tips and other entities it is linked to. */
    /** The most notes an investigation's page and package hold: the newest ones. */
    public static final int NOTES_SHOWN = 500;

    /** The newest notes, oldest first, and whether older ones were left out. */
    public record Notes(List<Note> newest, boolean capped) {}

    public record Pinned(
            UUID entityId, EntityKind kind, @Nullable String label, int ads, int tips, int others, Instant pinnedAt) {

        /** The most links of one kind counted for a pinned entity; a count above it means more. */
        public static final int CAP = 1_000;

        /** Whether a count reached past the cap, so that it means "more than the cap". */
        public boolean over(int count) {
            return count > CAP;
        }

        public int cap() {
            return CAP;
        }
    }

    /** A note with its author's name. */
    public record Note(UUID id, String authorName, String body, Instant createdAt) {}

    private static final String COLUMNS = """
            select i.id, i.police_org_id, i.owner_id, coalesce(u.display_name, ''), i.name, i.shared, i.created_at,
                   i.updated_at, (select count(*) from intel_investigation_entity p where p.investigation_id = i.id)
              from intel_investigation i left join app_user u on u.id = i.owner_id""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Investigations(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(UUID id, UUID policeOrg, UUID owner, String name, Instant at) {
        jdbc.sql("""
                insert into intel_investigation (id, police_org_id, owner_id, name, created_at, updated_at)
                values (:id, :org, :owner, :name, :at, :at)""")
                .param("id", id)
                .param("org", policeOrg)
                .param("owner", owner)
                .param("name", cipher.encrypt(name, IntelligenceContributions.INVESTIGATION_NAME))
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<Investigation> find(UUID id, boolean forUpdate) {
        return jdbc.sql(COLUMNS + " where i.id = :id" + (forUpdate ? " for update of i" : ""))
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The investigations {@code scope} lets the viewer see that are theirs or shared, latest change first. */
    List<Investigation> list(SqlPredicate scope, UUID viewer, int limit) {
        return jdbc.sql(COLUMNS + " where " + scope.sql() + " and (i.owner_id = :viewer or i.shared)"
                        + " order by i.updated_at desc, i.id limit :limit")
                .params(scope.params())
                .param("viewer", viewer)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    void rename(UUID id, String name, Instant at) {
        jdbc.sql("update intel_investigation set name = :name, updated_at = :at where id = :id")
                .param("id", id)
                .param("name", cipher.encrypt(name, IntelligenceContributions.INVESTIGATION_NAME))
                .param("at", Timestamp.from(at))
                .update();
    }

    void share(UUID id, boolean shared, Instant at) {
        jdbc.sql("update intel_investigation set shared = :shared, updated_at = :at where id = :id")
                .param("id", id)
                .param("shared", shared)
                .param("at", Timestamp.from(at))
                .update();
    }

    void touch(UUID id, Instant at) {
        jdbc.sql("update intel_investigation set updated_at = :at where id = :id")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Pins an entity; answers false when it was pinned already. */
    boolean pin(UUID id, UUID entity, UUID by, Instant at) {
        return jdbc.sql("""
                        insert into intel_investigation_entity (investigation_id, entity_id, pinned_by, pinned_at)
                        values (:id, :entity, :by, :at) on conflict do nothing""")
                        .param("id", id)
                        .param("entity", entity)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    boolean unpin(UUID id, UUID entity) {
        return jdbc.sql("delete from intel_investigation_entity where investigation_id = :id and entity_id = :entity")
                        .param("id", id)
                        .param("entity", entity)
                        .update()
                > 0;
    }

    /** The pinned entities, oldest pin first, with counts of what each is linked to, each counted up to a cap. */
    List<Pinned> pinned(UUID id) {
        return jdbc.sql("""
                select e.id, e.kind, e.label, p.pinned_at, %s, %s, %s
                  from intel_investigation_entity p
                  join intel_entity e on e.id = p.entity_id
                 where p.investigation_id = :id
                 order by p.pinned_at, e.id""".formatted(
                                linkedCount("o.kind = 'AD'"),
                                linkedCount("o.kind = 'TIP'"),
                                linkedCount("o.kind not in ('AD', 'TIP')")))
                .param("cap", Pinned.CAP + 1)
                .param("id", id)
                .query((rs, n) -> new Pinned(
                        rs.getObject(1, UUID.class),
                        EntityKind.valueOf(rs.getString(2)),
                        cipher.decrypt(rs.getBytes(3), EntityKind.LABEL),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Counts an entity's neighbours of some kinds, reading at most one more than the cap of links. */
    private static String linkedCount(String kinds) {
        return """
                (select count(distinct c.other) from (
                   select n.other from (
                          select l.to_id as other from intel_link l where l.from_id = e.id
                          union all select l.from_id from intel_link l where l.to_id = e.id) n
                     join intel_entity o on o.id = n.other
                    where %s limit :cap) c)""".formatted(kinds);
    }

    void addNote(UUID id, UUID investigation, UUID author, String body, Instant at) {
        jdbc.sql("""
                insert into intel_investigation_note (id, investigation_id, author_id, body, created_at)
                values (:id, :investigation, :author, :body, :at)""")
                .param("id", id)
                .param("investigation", investigation)
                .param("author", author)
                .param("body", cipher.encrypt(body, IntelligenceContributions.INVESTIGATION_NOTE))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The newest notes, at most {@link #NOTES_SHOWN} of them, oldest first, saying whether older ones were left out. */
    Notes notes(UUID investigation) {
        List<Note> newest = new ArrayList<>(jdbc.sql("""
                select n.id, coalesce(u.display_name, ''), n.body, n.created_at
                  from intel_investigation_note n left join app_user u on u.id = n.author_id
                 where n.investigation_id = :investigation order by n.created_at desc, n.id desc limit :max""")
                .param("investigation", investigation)
                .param("max", NOTES_SHOWN + 1)
                .query((rs, n) -> new Note(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        cipher.decrypt(rs.getBytes(3), IntelligenceContributions.INVESTIGATION_NOTE),
                        rs.getTimestamp(4).toInstant()))
                .list());
        boolean capped = newest.size() > NOTES_SHOWN;
        List<Note> shown = capped ? newest.subList(0, NOTES_SHOWN) : newest;
        Collections.reverse(shown);
        return new Notes(List.copyOf(shown), capped);
    }

    private Investigation map(ResultSet rs, int n) throws SQLException {
        return new Investigation(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                cipher.decrypt(rs.getBytes(5), IntelligenceContributions.INVESTIGATION_NAME),
                rs.getBoolean(6),
                rs.getTimestamp(7).toInstant(),
                rs.getTimestamp(8).toInstant(),
                rs.getInt(9));
    }
}
