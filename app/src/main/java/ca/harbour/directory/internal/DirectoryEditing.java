package ca.harbour.directory.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.directory.ServiceChanged;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.Permission;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.web.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to services by the people allowed to make them: a supervisor of the identity
 * organization that owns the directory organization, or an administrator. Each change is audited,
 * marks the service verified now, and publishes {@link ServiceChanged} in its transaction.
 */
@Service
public class DirectoryEditing {

    public static final Permission UPDATE = DirectoryContributions.DIRECTORY_UPDATE;

    private final Services services;
    private final ServiceWrites writes;
    private final Audit audit;
    private final ApplicationEventPublisher events;

    DirectoryEditing(Services services, ServiceWrites writes, Audit audit, ApplicationEventPublisher events) {
        this.services = services;
        this.writes = writes;
        this.audit = audit;
        this.events = events;
    }

    public static boolean mayEdit(StaffPrincipal viewer, DirectoryService s) {
        return AccessPolicy.permits(
                viewer, UPDATE, new Ownership(s.organization().ownerOrganizationId(), null));
    }

    /** What a staff member may change in one go; null parts stay as they are. */
    public record Changes(
            String name,
            String nameFr,
            String description,
            String descriptionFr,
            String applicationProcess,
            String applicationProcessFr,
            String status,
            Boolean open247,
            Boolean accepting,
            Integer bedsAvailable,
            Integer bedsMaximum,
            List<DirectoryService.Hours> hours,
            String address1,
            Place place) {}

    /** The service if {@code viewer} may edit it; otherwise not found (404) or access denied (403). */
    public DirectoryService editable(StaffPrincipal viewer, UUID serviceId) {
        DirectoryService s = services.find(serviceId).orElseThrow(NotFoundException::new);
        if (!mayEdit(viewer, s)) {
            throw new AccessDeniedException("not this organization's service");
        }
        return s;
    }

    /**
     * Everything the full editor sets at once, already checked: texts bounded, ages ordered, languages
     * and terms known, sites placed at their town's coordinates. Lists replace what the service had;
     * new phones, hours and sites have a null id (sites: a null service-at-location id), given on save.
     * {@code confidentialLocation} keeps the sites' addresses from the public ({@link DirectoryService#forPublic()}).
     */
    public record Details(
            String name,
            String nameFr,
            String description,
            String descriptionFr,
            String applicationProcess,
            String applicationProcessFr,
            String eligibilityDescription,
            Integer minimumAge,
            Integer maximumAge,
            String gender,
            String email,
            String url,
            List<DirectoryService.Language> languages,
            List<Term> terms,
            List<DirectoryService.Phone> phones,
            boolean open247,
            List<DirectoryService.Hours> hours,
            List<DirectoryService.Site> sites,
            boolean confidentialLocation) {}

    @Transactional
    public DirectoryService edit(StaffPrincipal viewer, UUID serviceId, Details d) {
        List<DirectoryService.Phone> phones = inOrder(
                d.phones(),
                DirectoryService.Phone::id,
                (p, id) -> new DirectoryService.Phone(id, p.number(), p.extension(), p.type(), p.description()));
        List<DirectoryService.Hours> hours = inOrder(
                d.hours(),
                DirectoryService.Hours::id,
                (h, id) -> new DirectoryService.Hours(id, h.byday(), h.opensAt(), h.closesAt(), h.description()));
        List<DirectoryService.Site> sites = inOrder(
                d.sites(),
                DirectoryService.Site::serviceAtLocationId,
                (x, id) -> new DirectoryService.Site(
                        id,
                        x.locationId(),
                        x.name(),
                        x.latitude(),
                        x.longitude(),
                        x.addressId(),
                        x.address1(),
                        x.city(),
                        x.postalCode(),
                        x.accessibilityId(),
                        x.accessibility()));
        return save(
                viewer,
                serviceId,
                (s, now) -> new DirectoryService(
                        s.id(),
                        s.organization(),
                        d.name(),
                        d.nameFr(),
                        d.description(),
                        d.descriptionFr(),
                        d.url(),
                        d.email(),
                        s.status(),
                        d.applicationProcess(),
                        d.applicationProcessFr(),
                        d.eligibilityDescription(),
                        d.minimumAge(),
                        d.maximumAge(),
                        d.gender(),
                        d.open247(),
                        s.acceptingNewClients(),
                        d.confidentialLocation(),
                        s.intakeNotes(),
                        s.referralContact(),
                        s.demo(),
                        now,
                        now,
                        d.terms(),
                        d.languages(),
                        sites,
                        phones,
                        hours,
                        s.areas(),
                        s.contacts(),
                        s.capacity()));
    }

    /**
     * Services are read back with their parts ordered by id, so each part gets an id that sorts after
     * the one before (in PostgreSQL's order, which is that of the lower-case text). Ids already in
     * order are kept, so an unchanged list keeps all of its ids; a new part (null id) or one out of
     * order gets the lowest
     * of a few random ids above the one before, which leaves room for the parts after it; and when
     * there is no room (ids at the very top of the range), every part gets a fresh random id, sorted.
     */
    static <T> List<T> inOrder(List<T> parts, Function<T, UUID> idOf, BiFunction<T, UUID, T> withId) {
        List<T> out = new ArrayList<>();
        String previous = "";
        for (T part : parts) {
            String after = previous;
            UUID id = Optional.ofNullable(idOf.apply(part))
                    .filter(x -> x.toString().compareTo(after) > 0)
                    .or(() -> Stream.generate(UUID::randomUUID)
                            .limit(64)
                            .filter(x -> x.toString().compareTo(after) > 0)
                            .min(Comparator.comparing(UUID::toString)))
                    .orElse(null);
            if (id == null) {
                List<UUID> fresh = Stream.generate(UUID::randomUUID)
                        .limit(parts.size())
                        .sorted(Comparator.comparing(UUID::toString))
                        .toList();
                return IntStream.range(0, parts.size())
                        .mapToObj(i -> withId.apply(parts.get(i), fresh.get(i)))
                        .toList();
            }
            out.add(id.equals(idOf.apply(part)) ? part : withId.apply(part, id));
            previous = id.toString();
        }
        return out;
    }

    @Transactional
    public DirectoryService change(StaffPrincipal viewer, UUID serviceId, Changes c) {
        return save(viewer, serviceId, (s, now) -> {
            List<DirectoryService.Capacity> capacity = s.capacity();
            if (c.bedsAvailable() != null) {
                UUID id = capacity.stream()
                        .filter(x -> x.unitId().equals(Taxonomy.BED))
                        .map(DirectoryService.Capacity::id)
                        .findFirst()
                        .orElse(UUID.randomUUID());
                Integer max = c.bedsMaximum() != null
                        ? c.bedsMaximum()
                        : capacity.stream()
                                .filter(x -> x.unitId().equals(Taxonomy.BED))
                                .map(DirectoryService.Capacity::maximum)
                                .findFirst()
                                .orElse(null);
                capacity = List.of(new DirectoryService.Capacity(id, Taxonomy.BED, "bed", c.bedsAvailable(), max, now));
            }
            List<DirectoryService.Site> sites = c.place() == null ? s.sites() : moved(s, c.address1(), c.place());
            return new DirectoryService(
                    s.id(),
                    s.organization(),
                    or(c.name(), s.name()),
                    or(c.nameFr(), s.nameFr()),
                    or(c.description(), s.description()),
                    or(c.descriptionFr(), s.descriptionFr()),
                    s.url(),
                    s.email(),
                    or(c.status(), s.status()),
                    or(c.applicationProcess(), s.applicationProcess()),
                    or(c.applicationProcessFr(), s.applicationProcessFr()),
                    s.eligibilityDescription(),
                    s.minimumAge(),
                    s.maximumAge(),
                    s.gender(),
                    c.open247() != null ? c.open247() : s.open247(),
                    c.accepting() != null ? c.accepting() : s.acceptingNewClients(),
                    s.confidentialLocation(),
                    s.intakeNotes(),
                    s.referralContact(),
                    s.demo(),
                    now,
                    now,
                    s.terms(),
                    s.languages(),
                    sites,
                    s.phones(),
                    c.hours() != null ? c.hours() : s.hours(),
                    s.areas(),
                    s.contacts(),
                    capacity);
        });
    }

    /** One audited change: the viewer may edit, the service is verified now, {@link ServiceChanged} is published. */
    private DirectoryService save(
            StaffPrincipal viewer, UUID serviceId, BiFunction<DirectoryService, Instant, DirectoryService> change) {
        DirectoryService s = editable(viewer, serviceId);
        DirectoryService changed = change.apply(s, Instant.now().truncatedTo(ChronoUnit.MICROS));
        writes.replace(changed);
        audit.record(AuditAction.UPDATE, "directory.service", s.id());
        events.publishEvent(new ServiceChanged(s.id()));
        return changed;
    }

    /** The first location moves to the new address, at the coordinates of its town; others stay. */
    private static List<DirectoryService.Site> moved(DirectoryService s, String address1, Place place) {
        List<DirectoryService.Site> sites = new ArrayList<>(s.sites());
        DirectoryService.Site first = sites.isEmpty() ? null : sites.remove(0);
        sites.add(
                0,
                new DirectoryService.Site(
                        first == null ? UUID.randomUUID() : first.serviceAtLocationId(),
                        first == null ? UUID.randomUUID() : first.locationId(),
                        first == null ? s.name() : first.name(),
                        place.latitude(),
                        place.longitude(),
                        first == null || first.addressId() == null ? UUID.randomUUID() : first.addressId(),
                        address1,
                        place.name(),
                        first == null ? "" : first.postalCode(),
                        first == null ? null : first.accessibilityId(),
                        first == null ? null : first.accessibility()));
        return sites;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
