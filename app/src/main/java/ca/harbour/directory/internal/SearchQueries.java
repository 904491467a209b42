package ca.harbour.directory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link SearchQuery} into a Lucene query. Each word the person typed must match (all
 * but one when there are three or more) in some field of either language, exactly (best), as a
 * synonym, or, when the index does not know the word, within one or two typos; filters restrict without scoring; a place adds a distance
 * feature so nearer services rank higher among equally relevant ones. Thread-safe.
 */
final class SearchQueries {

    /** Fields searched, with their weight: a match in the name counts more than one in the description. */
    static final Map<String, Float> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name_en", 3f);
        FIELDS.put("name_fr", 3f);
        FIELDS.put("needs_en", 2.5f);
        FIELDS.put("needs_fr", 2.5f);
        FIELDS.put("where", 1.5f);
        FIELDS.put("org", 1f);
        FIELDS.put("desc_en", 1f);
        FIELDS.put("desc_fr", 1f);
    }

    /** Fields where a mistyped word is looked for by edit distance (names and needs, both languages). */
    static final Set<String> FUZZY_FIELDS = Set.of("name_en", "name_fr", "needs_en", "needs_fr", "desc_en", "desc_fr");

    /** Names and needs in both languages, folded but not stemmed: only typos are looked for there. */
    static final String TYPO_FIELD = "words";

    /** Distance at which the distance feature gives half its weight. */
    static final double PIVOT_METRES = 25_000;

    static final float DISTANCE_WEIGHT = 4f;
    static final int MAX_WORDS = 12;

    private final Analyzer analyzer;

    SearchQueries(Analyzer queryAnalyzer) {
        this.analyzer = queryAnalyzer;
    }

    /**
     * {@code reader} tells which words the index knows: typo tolerance is only tried for the others.
     * For the public, only listed services match and distances use the points the public may know.
     */
    Query build(SearchQuery q, IndexReader reader, SearchIndex.Audience audience) {
        String geo = audience.geoField();
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        Query text = text(q.text(), reader);
        root.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        filters(q, root);
        if (audience == SearchIndex.Audience.PUBLIC) {
            root.add(new TermQuery(new Term("listed", "yes")), Occur.FILTER);
        }
        if (q.near() != null) {
            root.add(
                    LatLonPoint.newDistanceFeatureQuery(
                            geo, DISTANCE_WEIGHT, q.near().latitude(), q.near().longitude(), PIVOT_METRES),
                    Occur.SHOULD);
            if (q.withinKm() != null && q.withinKm() > 0) {
                root.add(
                        LatLonPoint.newDistanceQuery(
                                geo, q.near().latitude(), q.near().longitude(), q.withinKm() * 1000),
                        Occur.FILTER);
            }
        }
        return root.build();
    }

    private Query text(String text, IndexReader reader) {
        List<Query> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s,;/()]+")) {
            Query w = word(word, reader);
            if (w != null && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.forEach(w -> all.add(w, Occur.SHOULD));
        all.setMinimumNumberShouldMatch(words.size() <= 2 ? words.size() : words.size() - 1);
        return all.build();
    }

    private Query word(String word, IndexReader reader) {
        List<Query> perField = new ArrayList<>();
        boolean known = known(word, reader);
        FIELDS.forEach((field, weight) -> {
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            int clauses = 0;
            for (Token t : tokens(field, word)) {
                if (t.synonym()) {
                    alternatives.add(new BoostQuery(new TermQuery(new Term(field, t.text())), 0.8f), Occur.SHOULD);
                } else {
                    alternatives.add(new TermQuery(new Term(field, t.text())), Occur.SHOULD);
                    if (!known && t.text().length() >= 4 && FUZZY_FIELDS.contains(field)) {
                        int edits = t.text().length() >= 7 ? 2 : 1;
                        alternatives.add(
                                new BoostQuery(new FuzzyQuery(new Term(field, t.text()), edits, 1, 30, true), 0.5f),
                                Occur.SHOULD);
                    }
                }
                clauses++;
            }
            if (clauses > 0) {
                perField.add(new BoostQuery(alternatives.build(), weight));
            }
        });
        if (!known && word.length() >= 4) {
            // A typo can hide a word from the stemmer ("hebergemnt"), so also look for it as written.
            for (Token t : tokens(TYPO_FIELD, word)) {
                int edits = t.text().length() >= 7 ? 2 : 1;
                perField.add(new BoostQuery(new FuzzyQuery(new Term(TYPO_FIELD, t.text()), edits, 1, 30, true), 1f));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.1f);
    }

    /** True when some field holds the word exactly as analysed (then a typo is unlikely). */
    private boolean known(String word, IndexReader reader) {
        try {
            for (String field : FIELDS.keySet()) {
                for (Token t : tokens(field, word)) {
                    if (!t.synonym() && reader.docFreq(new Term(field, t.text())) > 0) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void filters(SearchQuery q, BooleanQuery.Builder root) {
        if (q.termCode() != null) {
            root.add(new TermQuery(new Term("term", q.termCode())), Occur.FILTER);
        }
        if (q.language() != null) {
            root.add(new TermQuery(new Term("lang", q.language())), Occur.FILTER);
        }
        if (q.age() != null) {
            root.add(IntPoint.newRangeQuery("min_age", SearchDocuments.NO_MIN_AGE, q.age()), Occur.FILTER);
            root.add(IntPoint.newRangeQuery("max_age", q.age(), SearchDocuments.NO_MAX_AGE), Occur.FILTER);
        }
        if (q.gender() != null && !"any".equals(q.gender())) {
            root.add(
                    new BooleanQuery.Builder()
                            .add(new TermQuery(new Term("gender", "any")), Occur.SHOULD)
                            .add(new TermQuery(new Term("gender", q.gender())), Occur.SHOULD)
                            .build(),
                    Occur.FILTER);
        }
        flag(root, q.open247(), "24-7");
        flag(root, q.indigenousLed(), "indigenous-led");
        flag(root, q.accepting(), "accepting");
        if (q.region() != null) {
            root.add(new TermQuery(new Term("region", q.region().name())), Occur.FILTER);
        }
        if (q.activeOnly()) {
            root.add(new TermQuery(new Term("status", "active")), Occur.FILTER);
        }
    }

    private static void flag(BooleanQuery.Builder root, boolean on, String value) {
        if (on) {
            root.add(new TermQuery(new Term("flag", value)), Occur.FILTER);
        }
    }

    record Token(String text, boolean synonym) {}

    List<Token> tokens(String field, String word) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), "SYNONYM".equals(type.type())));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
