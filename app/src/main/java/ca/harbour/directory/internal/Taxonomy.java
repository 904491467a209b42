package ca.harbour.directory.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Harbour's taxonomy of needs and its units of capacity; small, so read once and kept. Thread-safe. */
@Repository
public class Taxonomy {

    /** The one taxonomy Harbour's own records use, seeded by migration V3_1. */
    public static final UUID HARBOUR_NEEDS = UUID.fromString("7a4e0000-0000-4000-8000-000000000001");

    public static final UUID BED = UUID.fromString("7a4e0000-0000-4000-8002-000000000001");

    private final JdbcClient jdbc;
    private final Map<UUID, Term> byId = new ConcurrentHashMap<>();
    private volatile List<Term> terms;

    Taxonomy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The terms, by name. Only migrations write them, so they are read once: every find page lists them, and
     * reading them again made a database round trip of each page view.
     */
    public List<Term> terms() {
        List<Term> read = terms;
        if (read == null) {
            read = jdbc.sql("select * from dir_taxonomy_term order by name")
                    .query((rs, n) -> new Term(
                            rs.getObject("id", UUID.class),
                            rs.getObject("taxonomy_id", UUID.class),
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getString("name_fr"),
                            rs.getString("description")))
                    .list();
            terms = read = List.copyOf(read);
        }
        return read;
    }

    public Term term(UUID id) {
        return byId.computeIfAbsent(
                id,
                k -> terms().stream()
                        .filter(t -> t.id().equals(k))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("unknown taxonomy term " + k)));
    }

    public Optional<Term> byCode(String code) {
        return terms().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** Each term's parent term, for the terms that have one. */
    public Map<UUID, UUID> parents() {
        Map<UUID, UUID> parents = new HashMap<>();
        jdbc.sql("select id, parent_id from dir_taxonomy_term where parent_id is not null")
                .query(rs -> {
                    parents.put(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class));
                });
        return parents;
    }

    public record TaxonomyRow(UUID id, String name, String description, String uri, String version) {}

    public List<TaxonomyRow> taxonomies() {
        return jdbc.sql("select * from dir_taxonomy order by name")
                .query((rs, n) -> new TaxonomyRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("description"),
                        rs.getString("uri"),
                        rs.getString("version")))
                .list();
    }
}
