package ca.harbour.directory.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.Permission;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.web.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to services by the people allowed to make them: a supervisor of the identity
 * organization that owns the directory organization, or an administrator. Each change is audited,
 * marks the service verified now, and reaches the search index once committed.
 */
@Service
public class DirectoryEditing {

    public static final Permission UPDATE = Permission.of(Permission.Resource.DIRECTORY, Permission.Action.UPDATE);

    private final Services services;
    private final ServiceWrites writes;
    private final Audit audit;
    private final DirectoryIndexer indexer;

    DirectoryEditing(Services services, ServiceWrites writes, Audit audit, DirectoryIndexer indexer) {
        this.services = services;
        this.writes = writes;
        this.audit = audit;
        this.indexer = indexer;
    }

    public static boolean mayEdit(StaffPrincipal viewer, DirectoryService s) {
        return AccessPolicy.permits(viewer, UPDATE, new Ownership(s.organization().ownerOrganizationId(), null));
    }

    /** What a staff member may change in one go; null parts stay as they are. */
    public record Changes(String name, String nameFr, String description, String descriptionFr,
            String applicationProcess, String applicationProcessFr, String status, Boolean open247,
            Boolean accepting, Integer bedsAvailable, Integer bedsMaximum, List<DirectoryService.Hours> hours,
            String address1, Place place) {}

    @Transactional
    public DirectoryService change(StaffPrincipal viewer, UUID serviceId, Changes c) {
        DirectoryService s = services.find(serviceId).orElseThrow(NotFoundException::new);
        if (!mayEdit(viewer, s)) {
            throw new AccessDeniedException("not this organization's service");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<DirectoryService.Capacity> capacity = s.capacity();
        if (c.bedsAvailable() != null) {
            UUID id = capacity.stream().filter(x -> x.unitId().equals(Taxonomy.BED)).map(DirectoryService.Capacity::id)
                    .findFirst().orElse(UUID.randomUUID());
            Integer max = c.bedsMaximum() != null ? c.bedsMaximum() : capacity.stream()
                    .filter(x -> x.unitId().equals(Taxonomy.BED)).map(DirectoryService.Capacity::maximum).findFirst().orElse(null);
            capacity = List.of(new DirectoryService.Capacity(id, Taxonomy.BED, "bed", c.bedsAvailable(), max, now));
        }
        List<DirectoryService.Site> sites = c.place() == null ? s.sites() : moved(s, c.address1(), c.place());
        DirectoryService changed = new DirectoryService(s.id(), s.organization(), or(c.name(), s.name()),
                or(c.nameFr(), s.nameFr()), or(c.description(), s.description()), or(c.descriptionFr(), s.descriptionFr()),
                s.url(), s.email(), or(c.status(), s.status()), or(c.applicationProcess(), s.applicationProcess()),
                or(c.applicationProcessFr(), s.applicationProcessFr()), s.eligibilityDescription(), s.minimumAge(),
                s.maximumAge(), s.gender(), c.open247() != null ? c.open247() : s.open247(),
                c.accepting() != null ? c.accepting() : s.acceptingNewClients(), s.intakeNotes(), s.referralContact(),
                s.demo(), now, now, s.terms(), s.languages(), sites, s.phones(),
                c.hours() != null ? c.hours() : s.hours(), s.areas(), s.contacts(), capacity);
        writes.replace(changed);
        audit.record(AuditAction.UPDATE, "directory.service", s.id());
        indexer.changedAfterCommit(List.of(s.id()), List.of());
        return changed;
    }

    /** The first location moves to the new address, at the coordinates of its town; others stay. */
    private static List<DirectoryService.Site> moved(DirectoryService s, String address1, Place place) {
        List<DirectoryService.Site> sites = new java.util.ArrayList<>(s.sites());
        DirectoryService.Site first = sites.isEmpty() ? null : sites.remove(0);
        sites.add(0, new DirectoryService.Site(first == null ? UUID.randomUUID() : first.serviceAtLocationId(),
                first == null ? UUID.randomUUID() : first.locationId(), first == null ? s.name() : first.name(),
                place.latitude(), place.longitude(), first == null || first.addressId() == null ? UUID.randomUUID()
                        : first.addressId(), address1, place.name(), first == null ? "" : first.postalCode(),
                first == null ? null : first.accessibilityId(), first == null ? null : first.accessibility()));
        return sites;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
