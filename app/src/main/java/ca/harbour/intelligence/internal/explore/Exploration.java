package ca.harbour.intelligence.internal.explore;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.explore.Connections.Connection;
import ca.harbour.intelligence.internal.explore.Connections.Filter;
import ca.harbour.intelligence.internal.explore.Connections.Summary;
import ca.harbour.intelligence.internal.explore.WorkspaceFigures.Connected;
import ca.harbour.intelligence.internal.explore.WorkspaceFigures.Counts;
import ca.harbour.intelligence.internal.explore.WorkspaceFigures.FlaggedCluster;
import ca.harbour.intelligence.internal.explore.WorkspaceFigures.RecentImport;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.Entities.Entity;
import ca.harbour.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an analyst explores, under one access rule: an entity is seen only by analysts of its police service
 * (anyone else is answered "not found" and the refusal audited), lists are filtered by the same rule in SQL, and
 * every read and search is audited.
 */
@Service
public class Exploration {

    /** Neighbours on one page of an entity. */
    public static final int PAGE_SIZE = 50;

    private static final int HOME_LIMIT = 8;

    /** The workspace's home. */
    public record Home(
            Counts counts,
            List<RecentImport> imports,
            List<Connected> mostConnected,
            List<FlaggedCluster> flaggedClusters) {}

    /** One entity with its summary, a page of its neighbours and how many pass the filter (capped). */
    public record EntityView(
            Entity entity, Summary summary, List<Connection> connections, int page, int total, boolean more) {}

    private final Entities entities;
    private final Connections connections;
    private final WorkspaceFigures figures;
    private final Audit audit;

    Exploration(Entities entities, Connections connections, WorkspaceFigures figures, Audit audit) {
        this.entities = entities;
        this.connections = connections;
        this.figures = figures;
        this.audit = audit;
    }

    @Transactional
    public Home home(StaffPrincipal viewer) {
        SqlPredicate scope =
                AccessPolicy.predicate(viewer, IntelligenceContributions.ENTITY_READ, "x.police_org_id", null);
        SqlPredicate tips = AccessPolicy.predicate(viewer, IntelligenceContributions.TIP_READ, "x.police_org_id", null);
        Home home = new Home(
                figures.counts(scope, tips),
                figures.recentImports(scope, HOME_LIMIT),
                figures.mostConnected(scope, HOME_LIMIT),
                figures.flaggedClusters(scope, HOME_LIMIT));
        audit.recordList(
                AuditAction.SEARCH,
                "intel_entity",
                "workspace home",
                home.mostConnected().stream().map(Connected::id).toList());
        return home;
    }

    /** The entity of the viewer's service that a typed value (phone, e-mail or handle) resolves to, if any. */
    @Transactional
    public Optional<Entity> search(StaffPrincipal viewer, String typed) {
        for (TypedIdentifier candidate : TypedIdentifier.candidates(typed)) {
            Optional<Entity> found = find(viewer, candidate);
            if (found.isPresent()) {
                return found;
            }
        }
        audit.recordList(AuditAction.SEARCH, "intel_entity", "entity search", List.of());
        return Optional.empty();
    }

    /** The entity an identifier resolves to in the viewer's service; not found when there is none. */
    @Transactional
    public Entity resolve(StaffPrincipal viewer, TypedIdentifier identifier) {
        Optional<Entity> found = find(viewer, identifier);
        if (found.isEmpty()) {
            audit.recordList(AuditAction.SEARCH, "intel_entity", "entity search", List.of());
        }
        return found.orElseThrow(NotFoundException::new);
    }

    private Optional<Entity> find(StaffPrincipal viewer, TypedIdentifier identifier) {
        Optional<Entity> found = entities.find(viewer.organizationId(), identifier.kind(), identifier.normalised())
                .filter(e -> permits(viewer, e));
        found.ifPresent(e -> audit.recordList(AuditAction.SEARCH, "intel_entity", "entity search", List.of(e.id())));
        return found;
    }

    /** One entity, its summary and page {@code page} (from 0) of its neighbours that pass the filter. */
    @Transactional
    public EntityView entity(StaffPrincipal viewer, UUID id, Filter filter, int page) {
        return entity(viewer, id, List.of(filter), page).get(0);
    }

    /** One entity read once (one audit row), with a first page of neighbours for each filter. */
    @Transactional
    public List<EntityView> entity(StaffPrincipal viewer, UUID id, List<Filter> filters, int page) {
        Entity entity = visible(viewer, id);
        UUID org = entity.policeOrganizationId();
        connections.withoutParallelWorkers();
        Summary summary = connections.summary(org, id);
        audit.record(AuditAction.READ, "intel_entity", id, "entity page");
        List<EntityView> views = new ArrayList<>();
        List<UUID> shownIds = new ArrayList<>();
        int number = Math.max(0, page);
        for (Filter filter : filters) {
            List<Connection> list =
                    connections.page(org, id, filter, PAGE_SIZE + 1, Math.min(number * PAGE_SIZE, 5_000_000));
            boolean more = list.size() > PAGE_SIZE;
            List<Connection> shown = List.copyOf(more ? list.subList(0, PAGE_SIZE) : list);
            int total = number == 0 && !more ? shown.size() : connections.count(org, id, filter);
            shown.forEach(c -> shownIds.add(c.id()));
            views.add(new EntityView(entity, summary, shown, number, total, more));
        }
        audit.recordList(AuditAction.SEARCH, "intel_entity", "entity connections", shownIds);
        return views;
    }

    /** The entity if the viewer may see it; otherwise not found, the refusal audited. */
    Entity visible(StaffPrincipal viewer, UUID id) {
        Entity entity = entities.find(id).orElseThrow(NotFoundException::new);
        if (!permits(viewer, entity)) {
            throw NotFoundException.refused("intel_entity", id);
        }
        return entity;
    }

    private static boolean permits(StaffPrincipal viewer, Entity entity) {
        return AccessPolicy.permits(
                viewer, IntelligenceContributions.ENTITY_READ, Ownership.of(entity.policeOrganizationId()));
    }
}
