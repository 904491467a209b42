package ca.harbour.directory.internal;

import ca.harbour.directory.ServiceFinder;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The directory's search, for referrals from other modules. */
@Service
class DirectoryServiceFinder implements ServiceFinder {

    /** The most matches one search gives. */
    private static final int MOST = 50;

    private final SearchIndex index;
    private final Services services;

    DirectoryServiceFinder(SearchIndex index, Services services) {
        this.index = index;
        this.services = services;
    }

    @Override
    public List<ServiceSummary> search(String text, boolean french, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return services.byIds(ids(text, null, max)).stream()
                .map(s -> summary(s, french))
                .toList();
    }

    @Override
    public List<ServiceSummary> searchUnder16First(String text, boolean french, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // the matches that admit a 15-year-old, of which the specialised supports come first; then the rest
        Set<UUID> seen = new LinkedHashSet<>();
        services.byIds(ids(text, ChildSupports.UNDER - 1, MOST)).stream()
                .filter(ChildSupports::specialisedUnder16)
                .limit(max)
                .forEach(s -> seen.add(s.id()));
        for (UUID id : ids(text, null, max)) {
            if (seen.size() >= max) {
                break;
            }
            seen.add(id);
        }
        return services.byIds(List.copyOf(seen)).stream()
                .map(s -> summary(s, french))
                .toList();
    }

    private List<UUID> ids(String text, @Nullable Integer age, int max) {
        SearchQuery q = SearchQuery.text(text.length() > 200 ? text.substring(0, 200) : text);
        SearchQuery sized = new SearchQuery(
                q.text(),
                null,
                null,
                null,
                null,
                age,
                null,
                false,
                false,
                false,
                null,
                true,
                0,
                Math.max(1, Math.min(max, MOST)));
        return index.search(sized).hits().stream()
                .map(SearchResult.Hit::serviceId)
                .toList();
    }

    @Override
    public Optional<ServiceSummary> find(UUID id, boolean french) {
        return services.find(id).map(s -> summary(s, french));
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> ids, boolean french) {
        return ids.isEmpty() ? Map.of() : services.names(Set.copyOf(ids), french);
    }

    @Override
    public Set<UUID> forChildrenUnder16(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return services.byIds(List.copyOf(ids)).stream()
                .filter(ChildSupports::specialisedUnder16)
                .map(DirectoryService::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static ServiceSummary summary(DirectoryService s, boolean french) {
        String phone = s.phones().isEmpty() ? null : s.phones().get(0).number();
        return new ServiceSummary(
                s.id(), s.name(french), DirectoryService.half(s.organization().name(), french), phone);
    }
}
