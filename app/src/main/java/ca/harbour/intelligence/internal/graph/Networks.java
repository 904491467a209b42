package ca.harbour.intelligence.internal.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The connected network of an entity within its police service: what is reached from it by links of the kinds
 * asked for (mentions, near duplicates, same-as), breadth first, up to a number of entities. Places are reached
 * but not gone through (a city would join every network in it). It checks no access and audits nothing: the
 * caller has checked {@code ENTITY_READ} on the service and audits the entities it shows.
 */
@Repository
public class Networks {

    /** The largest network answered whatever is asked. */
    public static final int MAX_NODES = 5000;

    /** An entity of the network and how many links away from the start it is. */
    public record Node(UUID id, EntityKind kind, int depth) {}

    /** A link between two entities of the network. */
    public record Link(
            UUID from, UUID to, LinkKind kind, @Nullable Double score, String evidence) {}

    /**
     * A network: its entities in the order reached (the start first) and the links among them; {@code truncated}
     * when the cap stopped it before everything connected was reached.
     */
    public record Network(List<Node> nodes, List<Link> links, boolean truncated) {
        /** The ids of the network's entities of one kind. */
        public Set<UUID> ids(EntityKind kind) {
            Set<UUID> out = new HashSet<>();
            for (Node n : nodes) {
                if (n.kind() == kind) {
                    out.add(n.id());
                }
            }
            return out;
        }
    }

    private record Row(
            UUID from,
            UUID to,
            LinkKind kind,
            @Nullable Double score,
            String evidence,
            UUID other,
            EntityKind otherKind) {}

    private final JdbcClient jdbc;

    Networks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The network of every link kind around {@code start}, at most {@code maxNodes} entities. */
    public Network of(UUID policeOrg, UUID start, int maxNodes) {
        return of(policeOrg, start, maxNodes, EnumSet.allOf(LinkKind.class));
    }

    /** The network around {@code start} through links of {@code kinds}; empty if the entity is not the service's. */
    public Network of(UUID policeOrg, UUID start, int maxNodes, Collection<LinkKind> kinds) {
        int cap = Math.max(1, Math.min(maxNodes, MAX_NODES));
        List<EntityKind> startKind = jdbc.sql("select kind from intel_entity where id = :id and police_org_id = :org")
                .param("id", start)
                .param("org", policeOrg)
                .query((rs, n) -> EntityKind.valueOf(rs.getString(1)))
                .list();
        if (startKind.isEmpty()) {
            return new Network(List.of(), List.of(), false);
        }
        Map<UUID, Node> nodes = new LinkedHashMap<>();
        nodes.put(start, new Node(start, startKind.get(0), 0));
        Map<String, Link> links = new LinkedHashMap<>();
        List<UUID> frontier = startKind.get(0) == EntityKind.PLACE ? List.of() : List.of(start);
        String[] kindNames = kinds.stream().map(Enum::name).toArray(String[]::new);
        boolean truncated = false;
        int depth = 0;
        while (!frontier.isEmpty() && !truncated) {
            depth++;
            int room = cap - nodes.size();
            List<Row> rows = neighbours(policeOrg, frontier, kindNames, room * 4 + 64);
            List<UUID> next = new ArrayList<>();
            for (Row r : rows) {
                if (!nodes.containsKey(r.other())) {
                    if (nodes.size() >= cap) {
                        truncated = true;
                        continue;
                    }
                    nodes.put(r.other(), new Node(r.other(), r.otherKind(), depth));
                    if (r.otherKind() != EntityKind.PLACE) {
                        next.add(r.other());
                    }
                }
                links.putIfAbsent(
                        r.from() + ":" + r.to() + ":" + r.kind(),
                        new Link(r.from(), r.to(), r.kind(), r.score(), r.evidence()));
            }
            if (rows.size() >= room * 4 + 64) {
                truncated = true;
            }
            frontier = next;
        }
        return new Network(new ArrayList<>(nodes.values()), new ArrayList<>(links.values()), truncated);
    }

    private List<Row> neighbours(UUID policeOrg, List<UUID> frontier, String[] kinds, int limit) {
        return jdbc.sql("""
                select l.from_id, l.to_id, l.kind, l.score, l.evidence::text, o.id, o.kind
                  from (select from_id, to_id, kind, score, evidence, to_id as other
                          from intel_link where from_id = any(:ids) and kind = any(:kinds)
                        union all
                        select from_id, to_id, kind, score, evidence, from_id as other
                          from intel_link where to_id = any(:ids) and kind = any(:kinds)) l
                  join intel_entity o on o.id = l.other and o.police_org_id = :org
                 limit :limit""")
                .param("ids", frontier.toArray(UUID[]::new))
                .param("kinds", kinds)
                .param("org", policeOrg)
                .param("limit", limit)
                .query((rs, n) -> {
                    double score = rs.getDouble(4);
                    return new Row(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            LinkKind.valueOf(rs.getString(3)),
                            rs.wasNull() ? null : score,
                            rs.getString(5),
                            rs.getObject(6, UUID.class),
                            EntityKind.valueOf(rs.getString(7)));
                })
                .list();
    }
}
