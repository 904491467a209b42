package ca.harbour.intelligence.internal.graph;

import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.platform.crypto.LookupHash;
import ca.harbour.platform.crypto.Randomness;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of entities and links. Writes go in batches (one statement per batch, the rows as arrays), since an
 * import of a million ads writes a few million of each. Labels are encrypted; keys are keyed hashes.
 */
@Repository
public class Entities {

    /** An entity to record or find: its kind, its normalised value (hashed) and its label (encrypted). */
    public record NewEntity(
            EntityKind kind,
            String normalised,
            @Nullable String label,
            @Nullable Instant seenAt) {
        /** The same entity for any label: kind and normalised value. */
        public String key() {
            return kind + ":" + normalised;
        }
    }

    /** A link to record; a second record of the same (from, to, kind) replaces score and evidence. */
    public record NewLink(
            UUID from,
            UUID to,
            LinkKind kind,
            @Nullable Double score,
            String evidenceJson,
            @Nullable Instant seenAt) {}

    /** An entity as stored, label decrypted. */
    public record Entity(
            UUID id,
            UUID policeOrganizationId,
            EntityKind kind,
            @Nullable String label,
            @Nullable Instant firstSeen,
            @Nullable Instant lastSeen,
            boolean demo) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FieldCipher cipher;
    private final LookupHash hashes;

    Entities(JdbcClient jdbc, JdbcTemplate template, FieldCipher cipher, LookupHash hashes) {
        this.jdbc = jdbc;
        this.template = template;
        this.cipher = cipher;
        this.hashes = hashes;
    }

    /** The keyed hash an entity of {@code kind} with this normalised value is found by. */
    public byte[] keyOf(EntityKind kind, String normalised) {
        return hashes.hash(normalised, kind.hashContext());
    }

    /**
     * Records the entities (new ones with a fresh id, known ones widening their first and last seen) and answers
     * each one's id by {@link NewEntity#key()}. {@code ids} names the id of a new entity where the caller has one
     * already (an ad's or a tip's own id).
     */
    public Map<String, UUID> upsert(
            UUID policeOrg, Collection<NewEntity> entities, Map<String, UUID> ids, boolean demo) {
        Map<String, NewEntity> unique = new LinkedHashMap<>();
        for (NewEntity e : entities) {
            unique.merge(e.key(), e, (a, b) -> a);
        }
        if (unique.isEmpty()) {
            return Map.of();
        }
        int n = unique.size();
        UUID[] id = new UUID[n];
        String[] kind = new String[n];
        byte[][] key = new byte[n][];
        byte[][] label = new byte[n][];
        Timestamp[] seen = new Timestamp[n];
        Map<String, String> keyByHash = new HashMap<>();
        int i = 0;
        for (NewEntity e : unique.values()) {
            id[i] = ids.containsKey(e.key()) ? ids.get(e.key()) : Randomness.timeOrdered();
            kind[i] = e.kind().name();
            key[i] = keyOf(e.kind(), e.normalised());
            label[i] = e.label() == null ? null : cipher.encrypt(e.label(), EntityKind.LABEL);
            seen[i] = e.seenAt() == null ? null : Timestamp.from(e.seenAt());
            keyByHash.put(e.kind().name() + HexFormat.of().formatHex(key[i]), e.key());
            i++;
        }
        Map<String, UUID> found = new HashMap<>();
        template.execute((Connection c) -> {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into intel_entity as e (id, police_org_id, kind, key_hash, label, first_seen, last_seen, demo)
                    select u.id, ?, u.kind, u.key_hash, u.label, u.seen, u.seen, ?
                      from unnest(?::uuid[], ?::text[], ?::bytea[], ?::bytea[], ?::timestamptz[])
                           as u(id, kind, key_hash, label, seen)
                    on conflict (police_org_id, kind, key_hash) do update
                       set first_seen = least(e.first_seen, excluded.first_seen),
                           last_seen = greatest(e.last_seen, excluded.last_seen)
                    returning e.id, e.kind, e.key_hash""")) {
                s.setObject(1, policeOrg);
                s.setBoolean(2, demo);
                s.setArray(3, c.createArrayOf("uuid", id));
                s.setArray(4, c.createArrayOf("text", kind));
                s.setArray(5, c.createArrayOf("bytea", key));
                s.setArray(6, c.createArrayOf("bytea", label));
                s.setArray(7, c.createArrayOf("timestamptz", seen));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String k = rs.getString(2) + HexFormat.of().formatHex(rs.getBytes(3));
                        found.put(keyByHash.get(k), rs.getObject(1, UUID.class));
                    }
                }
            }
            return null;
        });
        return found;
    }

    /** Records links in one statement; a link already there takes the new score, evidence and time. */
    public void link(Collection<NewLink> links) {
        Map<String, NewLink> unique = new LinkedHashMap<>();
        for (NewLink l : links) {
            unique.put(l.from() + ":" + l.to() + ":" + l.kind(), l);
        }
        if (unique.isEmpty()) {
            return;
        }
        List<NewLink> list = new ArrayList<>(unique.values());
        int n = list.size();
        UUID[] from = new UUID[n];
        UUID[] to = new UUID[n];
        String[] kind = new String[n];
        Double[] score = new Double[n];
        String[] evidence = new String[n];
        Timestamp[] seen = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            NewLink l = list.get(i);
            from[i] = l.from();
            to[i] = l.to();
            kind[i] = l.kind().name();
            score[i] = l.score();
            evidence[i] = l.evidenceJson();
            seen[i] = l.seenAt() == null ? null : Timestamp.from(l.seenAt());
        }
        template.execute((Connection c) -> {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into intel_link as l (from_id, to_id, kind, score, evidence, seen_at)
                    select u.from_id, u.to_id, u.kind, u.score, u.evidence::jsonb, u.seen
                      from unnest(?::uuid[], ?::uuid[], ?::text[], ?::float8[], ?::text[], ?::timestamptz[])
                           as u(from_id, to_id, kind, score, evidence, seen)
                    on conflict (from_id, to_id, kind) do update
                       set score = excluded.score, evidence = excluded.evidence,
                           seen_at = greatest(l.seen_at, excluded.seen_at)""")) {
                Array[] arrays = {
                    c.createArrayOf("uuid", from),
                    c.createArrayOf("uuid", to),
                    c.createArrayOf("text", kind),
                    c.createArrayOf("float8", score),
                    c.createArrayOf("text", evidence),
                    c.createArrayOf("timestamptz", seen)
                };
                for (int i = 0; i < arrays.length; i++) {
                    s.setArray(i + 1, arrays[i]);
                }
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The entity of this kind and normalised value in the service, if any. */
    public Optional<Entity> find(UUID policeOrg, EntityKind kind, String normalised) {
        return jdbc.sql(COLUMNS + " where e.police_org_id = :org and e.kind = :kind and e.key_hash = :key")
                .param("org", policeOrg)
                .param("kind", kind.name())
                .param("key", keyOf(kind, normalised))
                .query((rs, n) -> entity(rs))
                .optional();
    }

    public Optional<Entity> find(UUID id) {
        return jdbc.sql(COLUMNS + " where e.id = :id")
                .param("id", id)
                .query((rs, n) -> entity(rs))
                .optional();
    }

    private static final String COLUMNS =
            "select e.id, e.police_org_id, e.kind, e.label, e.first_seen, e.last_seen, e.demo from intel_entity e";

    private Entity entity(ResultSet rs) throws SQLException {
        Timestamp first = rs.getTimestamp(5);
        Timestamp last = rs.getTimestamp(6);
        return new Entity(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                EntityKind.valueOf(rs.getString(3)),
                cipher.decrypt(rs.getBytes(4), EntityKind.LABEL),
                first == null ? null : first.toInstant(),
                last == null ? null : last.toInstant(),
                rs.getBoolean(7));
    }
}
