package ca.harbour.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.directory.internal.DirectoryService.Language;
import ca.harbour.directory.internal.DirectoryService.Org;
import ca.harbour.directory.internal.DirectoryService.Site;
import ca.harbour.identity.Region;
import java.time.Instant;
import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.Test;

/** Search relevance on a small hand-made directory: accents, typos, synonyms, filters, distance. */
class DirectorySearchTests {

    private static final UUID TAX = UUID.randomUUID();
    private static final Term SHELTER =
            new Term(UUID.randomUUID(), TAX, "emergency-shelter", "Emergency shelter", "Hébergement d'urgence", "");
    private static final Term LEGAL = new Term(UUID.randomUUID(), TAX, "legal-aid", "Legal aid", "Aide juridique", "");
    private static final Term YOUTH =
            new Term(UUID.randomUUID(), TAX, "youth-specific", "Youth-specific", "Services pour les jeunes", "");
    private static final Places PLACES = new Places();
    private static final Place THUNDER_BAY = PLACES.find("Thunder Bay").orElseThrow();
    private static final Place OTTAWA = PLACES.find("Ottawa").orElseThrow();
    private static final Place KENORA = PLACES.find("Kenora").orElseThrow();

    private final SearchIndex index = new SearchIndex();

    private final DirectoryService ottawaShelter = service(
            "Safe Nights",
            "Nuits sûres",
            "A warm bed for tonight.",
            "Un lit chaud pour ce soir.",
            List.of(SHELTER),
            OTTAWA,
            null,
            null,
            "women",
            true,
            false,
            "en",
            "fr");
    private final DirectoryService thunderBayShelter = service(
            "Lakehead House",
            "Maison Lakehead",
            "Emergency housing for anyone.",
            "Hébergement pour toute personne.",
            List.of(SHELTER),
            THUNDER_BAY,
            null,
            null,
            "any",
            true,
            true,
            "en",
            "oj");
    private final DirectoryService kenoraShelter = service(
            "Kenora Refuge",
            "Refuge de Kenora",
            "Beds and meals.",
            "Des lits et des repas.",
            List.of(SHELTER),
            KENORA,
            null,
            null,
            "any",
            false,
            true,
            "en");
    private final DirectoryService youthLegal = service(
            "Youth Law Clinic",
            "Clinique juridique jeunesse",
            "Lawyers for young people.",
            "Des avocats pour les jeunes.",
            List.of(LEGAL, YOUTH),
            OTTAWA,
            12,
            24,
            "any",
            false,
            true,
            "en",
            "fr");

    DirectorySearchTests() {
        index.rebuild(List.of(ottawaShelter, thunderBayShelter, kenoraShelter, youthLegal));
    }

    private List<UUID> ids(SearchQuery q) {
        return index.search(q).hits().stream().map(SearchResult.Hit::serviceId).toList();
    }

    private static SearchQuery q(String text) {
        return SearchQuery.text(text);
    }

    @Test
    void accentsAreFoldedBothWays() {
        assertThat(ids(q("hebergement"))).contains(thunderBayShelter.id(), ottawaShelter.id());
        assertThat(ids(q("HÉBERGEMENT d'urgence"))).contains(thunderBayShelter.id());
        assertThat(ids(q("surés nuits"))).containsExactly(ottawaShelter.id());
    }

    @Test
    void typosStillFindTheService() {
        assertThat(ids(q("sheltr"))).contains(ottawaShelter.id(), thunderBayShelter.id(), kenoraShelter.id());
        assertThat(ids(q("lakehed"))).containsExactly(thunderBayShelter.id());
        assertThat(ids(q("juridiqe"))).containsExactly(youthLegal.id());
    }

    @Test
    void aTypoFindsWhatTheWordFindsAndExactMatchesRankFirst() {
        assertThat(ids(q("sheltr"))).containsExactlyInAnyOrderElementsOf(ids(q("shelter")));
        assertThat(ids(q("hebergemnt"))).containsExactlyInAnyOrderElementsOf(ids(q("hebergement")));
        List<UUID> both = ids(q("lakehead lakehed"));
        assertThat(both).first().isEqualTo(thunderBayShelter.id());
        SearchResult typo = index.search(q("refuje"));
        SearchResult exact = index.search(q("refuge"));
        assertThat(typo.hits()).isNotEmpty();
        assertThat(exact.hits().get(0).score()).isGreaterThan(typo.hits().get(0).score());
    }

    @Test
    void aPostalCodeRanksTheNearestServicesFirst() {
        Place thunderBayArea = PLACES.near("p7e 1a1").place();
        List<SearchResult.Hit> hits =
                index.search(q("shelter").near(thunderBayArea)).hits();
        assertThat(hits.get(0).serviceId()).isEqualTo(thunderBayShelter.id());
        assertThat(hits.get(0).distanceKm()).isLessThan(10);
        SearchQuery within = new SearchQuery(
                "shelter", thunderBayArea, 100d, null, null, null, null, false, false, false, null, true, 0, 10);
        assertThat(ids(within)).containsExactly(thunderBayShelter.id());
    }

    @Test
    void synonymsForCommonNeedsMatchInBothLanguages() {
        assertThat(ids(q("housing"))).contains(ottawaShelter.id(), kenoraShelter.id());
        assertThat(ids(q("refuge"))).contains(ottawaShelter.id(), thunderBayShelter.id(), kenoraShelter.id());
        assertThat(ids(q("lawyer"))).containsExactly(youthLegal.id());
        assertThat(ids(q("logement"))).contains(thunderBayShelter.id(), ottawaShelter.id());
    }

    @Test
    void filtersRestrictByAgeGenderLanguageNeedAndFlags() {
        SearchQuery all =
                new SearchQuery("", null, null, null, null, null, null, false, false, false, null, true, 0, 10);
        assertThat(ids(with(all, "age", 30))).doesNotContain(youthLegal.id()).hasSize(3);
        assertThat(ids(with(all, "age", 15))).contains(youthLegal.id());
        assertThat(ids(with(all, "gender", "men")))
                .doesNotContain(ottawaShelter.id())
                .hasSize(3);
        assertThat(ids(with(all, "language", "oj"))).containsExactly(thunderBayShelter.id());
        assertThat(ids(with(all, "need", "legal-aid"))).containsExactly(youthLegal.id());
        assertThat(ids(with(all, "open247", true)))
                .containsExactlyInAnyOrder(ottawaShelter.id(), thunderBayShelter.id());
        assertThat(ids(with(all, "accepting", true))).doesNotContain(ottawaShelter.id());
        assertThat(ids(with(all, "region", Region.NORTHWEST)))
                .containsExactlyInAnyOrder(thunderBayShelter.id(), kenoraShelter.id());
    }

    @Test
    void nearerServicesRankFirstAndShowTheirDistance() {
        SearchResult near = index.search(q("shelter").near(KENORA));
        assertThat(near.hits())
                .extracting(SearchResult.Hit::serviceId)
                .containsExactly(kenoraShelter.id(), thunderBayShelter.id(), ottawaShelter.id());
        assertThat(near.hits().get(0).distanceKm()).isLessThan(5);
        assertThat(near.hits().get(1).distanceKm()).isBetween(400d, 500d);
        SearchQuery within = new SearchQuery(
                "shelter", THUNDER_BAY, 600d, null, null, null, null, false, false, false, null, true, 0, 10);
        assertThat(ids(within)).containsExactlyInAnyOrder(thunderBayShelter.id(), kenoraShelter.id());
    }

    @Test
    void thePublicNeverFindsAnInactiveServiceNorMeasuresToAConfidentialBuilding() {
        Site exact = new Site(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Hidden",
                48.4412,
                -89.2601,
                UUID.randomUUID(),
                "9 Secret Road",
                THUNDER_BAY.name(),
                "P7B 1A1",
                null,
                null);
        DirectoryService hidden = new DirectoryService(
                UUID.randomUUID(),
                thunderBayShelter.organization(),
                "Quillmere",
                null,
                "",
                null,
                null,
                null,
                "active",
                null,
                null,
                null,
                null,
                null,
                "any",
                true,
                true,
                true,
                null,
                null,
                true,
                Instant.now(),
                Instant.now(),
                List.of(SHELTER),
                List.of(),
                List.of(exact),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        DirectoryService closed = new DirectoryService(
                UUID.randomUUID(),
                kenoraShelter.organization(),
                "Zephyrine",
                null,
                "",
                null,
                null,
                null,
                "inactive",
                null,
                null,
                null,
                null,
                null,
                "any",
                true,
                true,
                false,
                null,
                null,
                true,
                Instant.now(),
                Instant.now(),
                List.of(SHELTER),
                List.of(),
                kenoraShelter.sites(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        index.update(List.of(hidden, closed), List.of());
        SearchQuery everyStatus = new SearchQuery(
                "zephyrine", null, null, null, null, null, null, false, false, false, null, false, 0, 10);
        assertThat(index.search(everyStatus).hits()).isEmpty();
        assertThat(index.search(everyStatus, false, SearchIndex.Audience.STAFF).hits())
                .extracting(SearchResult.Hit::serviceId)
                .containsExactly(closed.id());

        SearchQuery near = q("quillmere").near(THUNDER_BAY);
        // public distances are measured to the point rounded to a tenth of a degree, staff ones to the building
        double toCoarsePoint =
                SloppyMath.haversinMeters(THUNDER_BAY.latitude(), THUNDER_BAY.longitude(), 48.4, -89.3) / 1000d;
        double toBuilding =
                SloppyMath.haversinMeters(THUNDER_BAY.latitude(), THUNDER_BAY.longitude(), 48.4412, -89.2601) / 1000d;
        assertThat(index.search(near).hits().get(0).distanceKm()).isEqualTo(toCoarsePoint);
        assertThat(index.search(near, false, SearchIndex.Audience.STAFF)
                        .hits()
                        .get(0)
                        .distanceKm())
                .isEqualTo(toBuilding);
        assertThat(hidden.forPublic().sites()).singleElement().satisfies(site -> {
            assertThat(site.address1()).isNull();
            assertThat(site.postalCode()).isNull();
            assertThat(site.name()).isNull();
            assertThat(site.city()).isEqualTo(THUNDER_BAY.name());
            assertThat(List.of(site.latitude(), site.longitude())).containsExactly(48.4, -89.3);
        });
    }

    @Test
    void resultsSayWhyTheyMatched() {
        SearchResult r = index.search(q("lawyer"), true);
        assertThat(r.hits().get(0).matched()).anyMatch(m -> m.startsWith("desc_en:lawyer"));
        SearchResult typo = index.search(q("sheltr"), true);
        assertThat(typo.hits().get(0).matched()).anyMatch(m -> m.equals("needs_en:shelter"));
        // filters narrow the results; they are not among the reasons a service matched the words
        SearchResult filtered = index.search(with(q("shelter"), "language", "fr"), true);
        assertThat(filtered.hits())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.matched())
                        .isNotEmpty()
                        .allMatch(m -> SearchQueries.FIELDS.containsKey(m.substring(0, m.indexOf(':')))));
    }

    /** The find pages' cache answers a repeated search from memory, and never after the index changed. */
    @Test
    void cachedResultsLastOnlyUntilTheIndexChanges() {
        SearchResultCache cache = new SearchResultCache(index);
        SearchResult first = cache.search(q("lakehead"), true, SearchIndex.Audience.PUBLIC);
        assertThat(first.hits()).extracting(SearchResult.Hit::serviceId).containsExactly(thunderBayShelter.id());
        assertThat(cache.search(q("lakehead"), true, SearchIndex.Audience.PUBLIC))
                .isSameAs(first);
        assertThat(cache.search(q("lakehead"), false, SearchIndex.Audience.PUBLIC)
                        .hits()
                        .get(0)
                        .matched())
                .as("without explanations: another entry")
                .isEmpty();

        index.update(List.of(), List.of(thunderBayShelter.id()));

        assertThat(cache.search(q("lakehead"), true, SearchIndex.Audience.PUBLIC)
                        .hits())
                .isEmpty();
    }

    /**
     * Harbour stopped while its start-up rebuild runs (the stop arrives from the shutdown thread): the rebuild
     * gives up without an error, and the close waits for it instead of closing the writer under it.
     */
    @Test
    void aStopDuringARebuildIsClean() throws Exception {
        AtomicReference<Throwable> closeFailure = new AtomicReference<>();
        Thread stopper = new Thread(() -> {
            try {
                index.close();
            } catch (Throwable t) {
                closeFailure.set(t);
            }
        });
        List<DirectoryService> services = List.of(ottawaShelter, thunderBayShelter, kenoraShelter, youthLegal);
        boolean rebuilt = index.rebuild(new AbstractCollection<>() {
            @Override
            public Iterator<DirectoryService> iterator() {
                return services.stream()
                        .peek(s -> {
                            if (s == kenoraShelter) {
                                stopper.start();
                                while (stopper.getState() != Thread.State.BLOCKED && stopper.isAlive()) {
                                    Thread.onSpinWait(); // the stop has begun and now waits for the rebuild's lock
                                }
                            }
                        })
                        .iterator();
            }

            @Override
            public int size() {
                return services.size();
            }
        });
        stopper.join();

        assertThat(rebuilt).isFalse();
        assertThat(closeFailure.get()).isNull();
        assertThat(index.rebuild(services))
                .as("a closed index rebuilds nothing")
                .isFalse();
    }

    private static SearchQuery with(SearchQuery b, String field, Object v) {
        return new SearchQuery(
                b.text(),
                b.near(),
                b.withinKm(),
                field.equals("need") ? (String) v : null,
                field.equals("language") ? (String) v : null,
                field.equals("age") ? (Integer) v : null,
                field.equals("gender") ? (String) v : null,
                field.equals("open247"),
                false,
                field.equals("accepting"),
                field.equals("region") ? (Region) v : null,
                true,
                0,
                10);
    }

    private static DirectoryService service(
            String name,
            String nameFr,
            String description,
            String descriptionFr,
            List<Term> terms,
            Place place,
            Integer min,
            Integer max,
            String gender,
            boolean open247,
            boolean accepting,
            String... languages) {
        Org org = new Org(UUID.randomUUID(), name + " Society", null, "", null, null, false, null, true, Instant.now());
        Site site = new Site(
                UUID.randomUUID(),
                UUID.randomUUID(),
                name,
                place.latitude(),
                place.longitude(),
                UUID.randomUUID(),
                "1 Main Street",
                place.name(),
                "",
                null,
                null);
        return new DirectoryService(
                UUID.randomUUID(),
                org,
                name,
                nameFr,
                description,
                descriptionFr,
                null,
                null,
                "active",
                null,
                null,
                null,
                min,
                max,
                gender,
                open247,
                accepting,
                false,
                null,
                null,
                true,
                Instant.now(),
                Instant.now(),
                terms,
                Arrays.stream(languages)
                        .map(l -> new Language(UUID.randomUUID(), l, l))
                        .toList(),
                List.of(site),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
