package ca.harbour.intelligence.internal.investigations;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.Entities.Entity;
import ca.harbour.intelligence.internal.investigations.Investigations.Investigation;
import ca.harbour.intelligence.internal.investigations.Investigations.Note;
import ca.harbour.intelligence.internal.investigations.Investigations.Notes;
import ca.harbour.intelligence.internal.investigations.Investigations.Pinned;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one decision point for investigations: an analyst sees their own and those shared within their police
 * service, pins only that service's entities, and only the owner renames or shares. Every read and change is
 * audited; a refused record is answered "not found".
 */
@Service
public class InvestigationDesk {

    static final String TYPE = "intel_investigation";
    static final int LIST_LIMIT = 200;

    /** An investigation with what is pinned to it and its notes, and whether the viewer owns it. */
    public record Detail(
            Investigation investigation, List<Pinned> pinned, List<Note> notes, boolean notesCapped, boolean mine) {

        /** The most notes shown, named where older ones were left out. */
        public int notesShown() {
            return Investigations.NOTES_SHOWN;
        }
    }

    /** The entity an analyst is about to pin, and the investigations they may pin it to. */
    public record PinChoice(Entity entity, List<Investigation> investigations) {}

    private final Investigations investigations;
    private final Entities entities;
    private final Audit audit;
    private final Clock clock;

    InvestigationDesk(Investigations investigations, Entities entities, Audit audit, Clock clock) {
        this.investigations = investigations;
        this.entities = entities;
        this.audit = audit;
        this.clock = clock;
    }

    /** The viewer's investigations and those shared in their service, latest change first. */
    @Transactional
    public List<Investigation> list(StaffPrincipal viewer) {
        List<Investigation> list = mineAndShared(viewer);
        audit.recordList(
                AuditAction.SEARCH,
                TYPE,
                "investigations",
                list.stream().map(Investigation::id).toList());
        return list;
    }

    /** Creates an investigation owned by the viewer, pinning {@code entity} to it when one is named. */
    @Transactional
    public UUID create(StaffPrincipal viewer, @Nullable String name, @Nullable String entity) {
        requireUpdate(viewer);
        InvestigationRules.name(name).ifPresent(r -> {
            throw r.exception();
        });
        Entity pinned = entity == null || entity.isBlank() ? null : visibleEntity(viewer, entity);
        UUID id = UUID.randomUUID();
        investigations.insert(id, viewer.organizationId(), viewer.userId(), name.strip(), clock.instant());
        audit.record(AuditAction.CREATE, TYPE, id, "investigation created");
        if (pinned != null) {
            investigations.pin(id, pinned.id(), viewer.userId(), clock.instant());
            audit.record(AuditAction.UPDATE, TYPE, id, "entity pinned");
        }
        return id;
    }

    @Transactional
    public Detail read(StaffPrincipal viewer, UUID id) {
        Investigation investigation = visible(viewer, id, false);
        audit.record(AuditAction.READ, TYPE, id);
        List<Pinned> pinned = investigations.pinned(id);
        Notes notes = investigations.notes(id);
        // the page shows each pinned entity's label
        audit.recordList(
                AuditAction.READ,
                "intel_entity",
                "pinned entities",
                pinned.stream().map(Pinned::entityId).toList());
        return new Detail(
                investigation,
                pinned,
                notes.newest(),
                notes.capped(),
                investigation.ownerId().equals(viewer.userId()));
    }

    @Transactional
    public void rename(StaffPrincipal viewer, UUID id, @Nullable String name) {
        Investigation investigation = changeable(viewer, id);
        ownerOnly(viewer, investigation);
        InvestigationRules.name(name).ifPresent(r -> {
            throw r.exception();
        });
        investigations.rename(id, name.strip(), clock.instant());
        audit.record(AuditAction.UPDATE, TYPE, id, "investigation renamed");
    }

    /** Shares the investigation within the service or withdraws the sharing, at once for every colleague. */
    @Transactional
    public void share(StaffPrincipal viewer, UUID id, boolean shared) {
        Investigation investigation = changeable(viewer, id);
        ownerOnly(viewer, investigation);
        investigations.share(id, shared, clock.instant());
        audit.record(AuditAction.UPDATE, TYPE, id, shared ? "investigation shared" : "investigation unshared");
    }

    /** Pins an entity of the investigation's police service; another service's entity is "not found". */
    @Transactional
    public void pin(StaffPrincipal viewer, UUID id, @Nullable String entity) {
        Investigation investigation = changeable(viewer, id);
        if (entity == null || entity.isBlank()) {
            throw Rejection.field("entity", "intelligence.investigations.error.entity")
                    .exception();
        }
        Entity found = visibleEntity(viewer, entity);
        if (!found.policeOrganizationId().equals(investigation.policeOrganizationId())) {
            throw NotFoundException.refused("intel_entity", found.id());
        }
        if (investigation.entityCount() >= InvestigationRules.PINS_MAX) {
            throw Rejection.of("intelligence.investigations.error.tooMany", InvestigationRules.PINS_MAX)
                    .exception();
        }
        if (investigations.pin(id, found.id(), viewer.userId(), clock.instant())) {
            investigations.touch(id, clock.instant());
            audit.record(AuditAction.UPDATE, TYPE, id, "entity pinned");
        }
    }

    @Transactional
    public void unpin(StaffPrincipal viewer, UUID id, UUID entity) {
        changeable(viewer, id);
        if (investigations.unpin(id, entity)) {
            investigations.touch(id, clock.instant());
            audit.record(AuditAction.UPDATE, TYPE, id, "entity unpinned");
        }
    }

    @Transactional
    public void addNote(StaffPrincipal viewer, UUID id, @Nullable String body) {
        changeable(viewer, id);
        InvestigationRules.note(body).ifPresent(r -> {
            throw r.exception();
        });
        investigations.addNote(UUID.randomUUID(), id, viewer.userId(), body.strip(), clock.instant());
        investigations.touch(id, clock.instant());
        audit.record(AuditAction.UPDATE, TYPE, id, "note added");
    }

    /** The entity to pin and the investigations the viewer may pin it to. */
    @Transactional
    public PinChoice pinChoice(StaffPrincipal viewer, String entity) {
        requireUpdate(viewer);
        Entity found = visibleEntity(viewer, entity);
        audit.record(AuditAction.READ, "intel_entity", found.id(), "pin choice");
        List<Investigation> list = mineAndShared(viewer);
        audit.recordList(
                AuditAction.SEARCH,
                TYPE,
                "investigations",
                list.stream().map(Investigation::id).toList());
        return new PinChoice(found, list);
    }

    /** The investigation if the viewer may see it: their own, or shared in their service. */
    Investigation visible(StaffPrincipal viewer, UUID id, boolean forUpdate) {
        Investigation investigation = investigations.find(id, forUpdate).orElseThrow(NotFoundException::new);
        boolean service = AccessPolicy.permits(
                viewer,
                IntelligenceContributions.INVESTIGATION_READ,
                Ownership.of(investigation.policeOrganizationId()));
        if (!service || !(investigation.ownerId().equals(viewer.userId()) || investigation.shared())) {
            throw NotFoundException.refused(TYPE, id);
        }
        return investigation;
    }

    private Investigation changeable(StaffPrincipal viewer, UUID id) {
        Investigation investigation = visible(viewer, id, true);
        if (!AccessPolicy.permits(
                viewer,
                IntelligenceContributions.INVESTIGATION_UPDATE,
                Ownership.of(investigation.policeOrganizationId()))) {
            throw NotFoundException.refused(TYPE, id);
        }
        return investigation;
    }

    private List<Investigation> mineAndShared(StaffPrincipal viewer) {
        return investigations.list(
                AccessPolicy.predicate(viewer, IntelligenceContributions.INVESTIGATION_READ, "i.police_org_id", null),
                viewer.userId(),
                LIST_LIMIT);
    }

    private static void requireUpdate(StaffPrincipal viewer) {
        if (!AccessPolicy.permits(
                viewer, IntelligenceContributions.INVESTIGATION_UPDATE, Ownership.of(viewer.organizationId()))) {
            throw Rejection.of("intelligence.investigations.error.notAllowed").exception();
        }
    }

    private static void ownerOnly(StaffPrincipal viewer, Investigation investigation) {
        if (!investigation.ownerId().equals(viewer.userId())) {
            throw Rejection.of("intelligence.investigations.error.ownerOnly").exception();
        }
    }

    /** An entity of the viewer's own police service, by the id as typed; any other answer is "not found". */
    private Entity visibleEntity(StaffPrincipal viewer, String typed) {
        UUID id;
        try {
            id = UUID.fromString(typed.strip());
        } catch (IllegalArgumentException e) {
            throw Rejection.field("entity", "intelligence.investigations.error.entity")
                    .exception();
        }
        Entity entity = entities.find(id).orElseThrow(NotFoundException::new);
        if (!AccessPolicy.permits(
                        viewer, IntelligenceContributions.ENTITY_READ, Ownership.of(entity.policeOrganizationId()))
                || !entity.policeOrganizationId().equals(viewer.organizationId())) {
            throw NotFoundException.refused("intel_entity", id);
        }
        return entity;
    }
}
