package ca.harbour.intelligence.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intelligence.internal.explore.Connections;
import ca.harbour.intelligence.internal.explore.Connections.Connection;
import ca.harbour.intelligence.internal.explore.Connections.Filter;
import ca.harbour.intelligence.internal.explore.Connections.Summary;
import ca.harbour.intelligence.internal.explore.Exploration;
import ca.harbour.intelligence.internal.explore.Exploration.EntityView;
import ca.harbour.intelligence.internal.explore.NetworkViews;
import ca.harbour.intelligence.internal.explore.NetworkViews.Network;
import ca.harbour.intelligence.internal.explore.TypedIdentifier;
import ca.harbour.intelligence.internal.graph.Entities.Entity;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.LinkKind;
import ca.harbour.platform.domain.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entities for machines, under the same rules as the pages: what a phone, e-mail or handle in any written form
 * resolves to, one entity with its ads, tips and links (capped lists with totals), and the network around it.
 */
@RestController
@RequestMapping("/api/v1/intelligence/entities")
@Tag(
        name = "Intelligence entities",
        description = "Identifiers, ads and tips of the caller's police service and how they are linked")
class EntityApi {

    private static final EnumSet<EntityKind> OTHERS = EnumSet.complementOf(EnumSet.of(EntityKind.AD, EntityKind.TIP));

    private final Exploration exploration;
    private final NetworkViews networks;

    EntityApi(Exploration exploration, NetworkViews networks) {
        this.exploration = exploration;
        this.networks = networks;
    }

    /** A neighbour: the entity, how it is linked (evidence as codes and numbers) and, for an ad, where and when. */
    record Linked(
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
        static Linked of(Connection c) {
            return new Linked(
                    c.id(),
                    c.kind(),
                    c.label(),
                    c.link(),
                    c.outgoing(),
                    c.score(),
                    c.evidence(),
                    c.seenAt(),
                    c.city(),
                    c.postedAt(),
                    c.site(),
                    c.flags());
        }
    }

    /** Up to 50 items of one kind and how many there are ({@code totalCapped} when the count stopped at its cap). */
    record Listed(List<Linked> items, int total, boolean totalCapped) {
        static Listed of(EntityView view) {
            return new Listed(
                    view.connections().stream().map(Linked::of).toList(),
                    Math.min(view.total(), Connections.COUNT_CAP),
                    view.total() > Connections.COUNT_CAP);
        }
    }

    /** An entity with its summary figures, its ads, its tips and its other links. */
    record EntityDetail(
            UUID id,
            EntityKind kind,
            @Nullable String label,
            @Nullable Instant firstSeen,
            @Nullable Instant lastSeen,
            Summary summary,
            Listed ads,
            Listed tips,
            Listed links) {}

    @GetMapping
    @PreAuthorize("hasAuthority('INTEL_ENTITY:READ')")
    @Operation(
            summary = "The entity a phone, e-mail or handle in any written form resolves to",
            description = "Give exactly one of phone, email or handle. A phone is normalised the way imports are "
                    + "(spelled-out or disguised digits, any separators, Canadian numbers without country code). "
                    + "404 when the caller's police service has no such entity; 400 when the value cannot be one.")
    EntityDetail resolve(
            @Parameter(description = "a phone number as written anywhere") @RequestParam(required = false) String phone,
            @Parameter(description = "an e-mail address") @RequestParam(required = false) String email,
            @Parameter(description = "a handle, with or without its at sign") @RequestParam(required = false)
                    String handle) {
        TypedIdentifier typed = typed(phone, email, handle);
        StaffPrincipal viewer = CurrentStaff.require();
        return detail(viewer, exploration.resolve(viewer, typed).id());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('INTEL_ENTITY:READ')")
    @Operation(summary = "One entity of the caller's police service with its ads, tips and links (404 otherwise)")
    EntityDetail one(@PathVariable UUID id) {
        return detail(CurrentStaff.require(), id);
    }

    @GetMapping("/{id}/network")
    @PreAuthorize("hasAuthority('INTEL_ENTITY:READ')")
    @Operation(
            summary = "The network around an entity",
            description = "Nodes (the entity first) and links, expanded to depth 1 or 2; each expanded node brings at "
                    + "most 40 neighbours and gives in 'more' how many it left out; the answer stops at 250 nodes "
                    + "('truncated'). Filters: kinds of entity, an ad's city, and a period (yyyy-mm-dd, both "
                    + "included) on when the link was seen.")
    Network network(
            @PathVariable UUID id,
            @Parameter(description = "1 or 2") @RequestParam(defaultValue = "1") int depth,
            @Parameter(description = "kinds of entity, comma separated (PHONE, EMAIL, HANDLE, AD, TIP, ...)")
                    @RequestParam(required = false)
                    List<String> types,
            @RequestParam(required = false) String city,
            @Parameter(description = "first day, yyyy-mm-dd") @RequestParam(required = false) String from,
            @Parameter(description = "last day, yyyy-mm-dd") @RequestParam(required = false) String to) {
        Filter filter = EntityFilters.of(types, city, from, to);
        return networks.around(CurrentStaff.require(), id, depth, filter);
    }

    private EntityDetail detail(StaffPrincipal viewer, UUID id) {
        List<EntityView> views = exploration.entity(
                viewer,
                id,
                List.of(
                        new Filter(EnumSet.of(EntityKind.AD), null, null, null),
                        new Filter(EnumSet.of(EntityKind.TIP), null, null, null),
                        new Filter(OTHERS, null, null, null)),
                0);
        EntityView ads = views.get(0);
        EntityView tips = views.get(1);
        EntityView links = views.get(2);
        Entity e = ads.entity();
        return new EntityDetail(
                e.id(),
                e.kind(),
                e.label(),
                e.firstSeen(),
                e.lastSeen(),
                ads.summary(),
                Listed.of(ads),
                Listed.of(tips),
                Listed.of(links));
    }

    private static TypedIdentifier typed(@Nullable String phone, @Nullable String email, @Nullable String handle) {
        int given = (phone != null ? 1 : 0) + (email != null ? 1 : 0) + (handle != null ? 1 : 0);
        if (given != 1) {
            throw Rejection.of("intelligence.explore.error.oneValue").exception();
        }
        if (phone != null) {
            return TypedIdentifier.of(EntityKind.PHONE, phone, "phone");
        }
        if (email != null) {
            return TypedIdentifier.of(EntityKind.EMAIL, email, "email");
        }
        return TypedIdentifier.of(EntityKind.HANDLE, handle, "handle");
    }
}
