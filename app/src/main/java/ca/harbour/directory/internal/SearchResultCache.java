package ca.harbour.directory.internal;

import ca.harbour.directory.internal.SearchIndex.Audience;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * The last few thousand searches of the find pages with their results, "why it matched" included. A public
 * page gets the same few questions again and again ("shelter" near a town after an awareness campaign), and
 * the search with its explanations was half of each page's CPU. Each result is kept under the index's
 * {@linkplain SearchIndex#generation() generation}, so the first change to the index makes every older one
 * unreachable (then evicted by size): nothing is shown that the index no longer says.
 */
@Component
public class SearchResultCache {

    private record Key(long generation, SearchQuery query, boolean explain, Audience audience) {}

    private final SearchIndex index;
    private final Cache<Key, SearchResult> results =
            Caffeine.newBuilder().maximumSize(5_000).build();

    SearchResultCache(SearchIndex index) {
        this.index = index;
    }

    /** Like {@link SearchIndex#search(SearchQuery, boolean, Audience)}, from memory when asked since the last change. */
    public SearchResult search(SearchQuery q, boolean explain, Audience audience) {
        // read before searching: a result is never older than the generation it is kept under
        Key key = new Key(index.generation(), q, explain, audience);
        return results.get(key, k -> index.search(q, explain, audience));
    }
}
