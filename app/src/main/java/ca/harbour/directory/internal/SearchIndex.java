package ca.harbour.directory.internal;

import ca.harbour.directory.internal.SearchResult.Hit;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.SloppyMath;
import org.springframework.stereotype.Component;

/**
 * The directory's search index, in memory: rebuilt from the database at start-up and updated
 * after each committed change ({@link DirectoryIndexer}). Searches are thread-safe and see the
 * last refresh.
 */
@Component
public class SearchIndex {

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearchQueries queries = new SearchQueries(SearchAnalyzers.query());
    /** Counts the index's refreshes: a result computed at one generation holds until the next ({@link SearchResultCache}). */
    private final AtomicLong generation = new AtomicLong();
    /** Set when Harbour stops: a rebuild still running (a stop during start-up) gives up instead of failing. */
    private volatile boolean closed;

    public SearchIndex() {
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(SearchAnalyzers.index()));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole index with {@code services}; false when Harbour began to stop first (nothing changed then). */
    public synchronized boolean rebuild(Collection<DirectoryService> services) {
        if (closed) {
            return false;
        }
        try {
            writer.deleteAll();
            for (DirectoryService s : services) {
                if (closed) {
                    writer.rollback();
                    return false;
                }
                writer.addDocument(SearchDocuments.of(s));
            }
            writer.forceMerge(1);
            writer.commit();
            searchers.maybeRefreshBlocking();
            generation.incrementAndGet();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-indexes {@code changed} and removes {@code removed}. */
    public synchronized void update(Collection<DirectoryService> changed, Collection<UUID> removed) {
        if (closed) {
            return; // stopping: the next start rebuilds from the database anyway
        }
        try {
            for (DirectoryService s : changed) {
                writer.updateDocument(new org.apache.lucene.index.Term("id", s.id().toString()), SearchDocuments.of(s));
            }
            for (UUID id : removed) {
                writer.deleteDocuments(new org.apache.lucene.index.Term("id", id.toString()));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            generation.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Who a search is for: the public sees listed services only, and confidential sites only coarsely. */
    public enum Audience {
        PUBLIC("geo_public", "lat_public", "lon_public"),
        STAFF("geo", "lat", "lon");

        private final String geo;
        private final String lat;
        private final String lon;

        Audience(String geo, String lat, String lon) {
            this.geo = geo;
            this.lat = lat;
            this.lon = lon;
        }

        String geoField() {
            return geo;
        }
    }

    /** A search for the public (see {@link Audience#PUBLIC}). */
    public SearchResult search(SearchQuery q) {
        return search(q, false, Audience.PUBLIC);
    }

    /** Like {@link #search(SearchQuery)}; with {@code explain}, each hit says which field and term matched. */
    public SearchResult search(SearchQuery q, boolean explain) {
        return search(q, explain, Audience.PUBLIC);
    }

    /** A search for {@code audience}; staff see every service and exact distances. */
    public SearchResult search(SearchQuery q, boolean explain, Audience audience) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = queries.build(q, searcher.getIndexReader(), audience);
                int end = (q.page() + 1) * q.size();
                TopDocs top = searcher.search(query, end);
                List<Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                StoredFields stored = searcher.storedFields();
                Weight matcher = explain && docs.length > q.page() * q.size()
                        ? searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1)
                        : null;
                for (int i = q.page() * q.size(); i < docs.length; i++) {
                    Document d = stored.document(docs[i].doc);
                    List<String> why = matcher == null ? List.of() : why(matcher, searcher, docs[i].doc);
                    hits.add(new Hit(
                            UUID.fromString(d.get("id")), docs[i].score, distanceKm(d, q.near(), audience), why));
                }
                return new SearchResult(top.totalHits.value, hits, q.page(), q.size());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes after every rebuild or update, once searches see it. */
    public long generation() {
        return generation.get();
    }

    public int size() {
        return writer.getDocStats().numDocs;
    }

    private static Double distanceKm(Document d, Place near, Audience audience) {
        if (near == null) {
            return null;
        }
        IndexableField[] lats = d.getFields(audience.lat);
        IndexableField[] lons = d.getFields(audience.lon);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < lats.length; i++) {
            best = Math.min(
                    best,
                    SloppyMath.haversinMeters(
                            near.latitude(),
                            near.longitude(),
                            lats[i].numericValue().doubleValue(),
                            lons[i].numericValue().doubleValue()));
        }
        return lats.length == 0 ? null : best / 1000d;
    }

    /**
     * The field:term pairs through which the document matched, from Lucene's matches API (what
     * highlighters use): the terms that matched, without scoring them again as an explanation would.
     */
    private static List<String> why(Weight weight, IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        if (matches == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String field : matches) {
            if (!SearchQueries.FIELDS.containsKey(field)) {
                continue; // filters (status, language, place) are not why a service matched the words
            }
            MatchesIterator it = matches.getMatches(field);
            while (it != null && it.next()) {
                if (it.getQuery() instanceof TermQuery t) {
                    out.add(t.getTerm().field() + ":" + t.getTerm().text());
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Stops the index. A rebuild or update under way (Harbour stopped during its start-up) notices at its next
     * document and gives up; the lock then lets the writer close after it, never under it.
     */
    @PreDestroy
    void close() throws IOException {
        closed = true;
        synchronized (this) {
            searchers.close();
            writer.close();
        }
    }
}
