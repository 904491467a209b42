package ca.harbour.intelligence.internal.explore;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intelligence.internal.explore.Connections.Connection;
import ca.harbour.intelligence.internal.explore.Connections.Filter;
import ca.harbour.intelligence.internal.graph.Entities.Entity;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.LinkKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network around an entity, expanded breadth first to a small depth: each expanded node brings at most
 * {@link #PER_NODE} neighbours and says how many more it has, and the whole answer stops at {@link #MAX_NODES}.
 */
@Service("exploreNetworks")
public class Networks {

    public static final int PER_NODE = 40;
    public static final int MAX_NODES = 250;
    public static final int MAX_DEPTH = 2;

    /**
     * A node; {@code expanded} when its neighbours were fetched, then {@code more} is how many of them (capped
     * count) were left out by the limits.
     */
    public record Node(
            UUID id,
            EntityKind kind,
            @Nullable String label,
            @Nullable String city,
            @Nullable Instant when,
            List<String> flags,
            int depth,
            boolean expanded,
            int more) {}

    /** A link between two nodes of the answer, with its evidence (codes and numbers). */
    public record Edge(
            UUID from, UUID to, LinkKind kind, @Nullable Double score, String evidence) {}

    /** The nodes (the root first) and the links between them. */
    public record Network(UUID root, List<Node> nodes, List<Edge> edges, boolean truncated) {}

    private final Exploration exploration;
    private final Connections connections;
    private final Audit audit;

    Networks(Exploration exploration, Connections connections, Audit audit) {
        this.exploration = exploration;
        this.connections = connections;
        this.audit = audit;
    }

    @Transactional
    public Network around(StaffPrincipal viewer, UUID id, int depth, Filter filter) {
        Entity root = exploration.visible(viewer, id);
        UUID org = root.policeOrganizationId();
        connections.withoutParallelWorkers();
        int levels = Math.max(1, Math.min(MAX_DEPTH, depth));
        Map<UUID, Node> nodes = new LinkedHashMap<>();
        nodes.put(id, new Node(id, root.kind(), root.label(), null, root.firstSeen(), List.of(), 0, false, 0));
        List<Edge> edges = new ArrayList<>();
        Set<String> edgeKeys = new HashSet<>();
        List<UUID> frontier = List.of(id);
        boolean truncated = false;
        for (int level = 1; level <= levels && !frontier.isEmpty(); level++) {
            List<UUID> next = new ArrayList<>();
            for (UUID node : frontier) {
                List<Connection> found = connections.page(org, node, filter, PER_NODE + 1, 0);
                boolean cut = found.size() > PER_NODE;
                List<Connection> kept = cut ? found.subList(0, PER_NODE) : found;
                int added = 0;
                for (Connection c : kept) {
                    if (!nodes.containsKey(c.id())) {
                        if (nodes.size() >= MAX_NODES) {
                            truncated = true;
                            continue;
                        }
                        nodes.put(
                                c.id(),
                                new Node(c.id(), c.kind(), c.label(), c.city(), c.when(), c.flags(), level, false, 0));
                        next.add(c.id());
                    }
                    added++;
                    UUID from = c.outgoing() ? node : c.id();
                    UUID to = c.outgoing() ? c.id() : node;
                    if (edgeKeys.add(from + ":" + to + ":" + c.link())) {
                        edges.add(new Edge(from, to, c.link(), c.score(), c.evidence()));
                    }
                }
                int more = cut ? connections.count(org, node, filter) - added : kept.size() - added;
                Node n = nodes.get(node);
                nodes.put(
                        node,
                        new Node(
                                n.id(),
                                n.kind(),
                                n.label(),
                                n.city(),
                                n.when(),
                                n.flags(),
                                n.depth(),
                                true,
                                Math.max(0, more)));
            }
            frontier = next;
        }
        audit.record(AuditAction.READ, "intel_entity", id, "network view");
        audit.recordList(AuditAction.SEARCH, "intel_entity", "network view", List.copyOf(nodes.keySet()));
        return new Network(id, List.copyOf(nodes.values()), List.copyOf(edges), truncated);
    }
}
