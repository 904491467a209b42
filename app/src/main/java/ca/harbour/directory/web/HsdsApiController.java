package ca.harbour.directory.web;

import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.DirectoryService.Org;
import ca.harbour.directory.internal.HsdsMapper;
import ca.harbour.directory.internal.Place;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.SearchIndex;
import ca.harbour.directory.internal.SearchQuery;
import ca.harbour.directory.internal.SearchResult;
import ca.harbour.directory.internal.ServicePages;
import ca.harbour.directory.internal.Services;
import ca.harbour.directory.internal.Taxonomy;
import ca.harbour.directory.internal.Term;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HSDS 3.0 read API (Open Referral's OpenAPI): every path and query parameter, paged lists in the
 * standard's page wrapper (or, with {@code format=ndjson}, every match one a line) and single records.
 * Public; staff-only fields are never part of it, inactive and defunct services are not in it (not even
 * in counts: an unknown id and an unlisted one both answer 404), and confidential locations give their
 * town only (see {@link HsdsMapper}).
 */
@RestController
@RequestMapping(
        path = "/api/hsds",
        produces = {MediaType.APPLICATION_JSON_VALUE, HsdsApiController.NDJSON_VALUE})
class HsdsApiController {

    /** A search through the API pages through its best 1,000 matches (a person refines a search rather than reading further). */
    static final int MAX_SEARCH_HITS = 1_000;

    static final String NDJSON_VALUE = "application/x-ndjson";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Services services;
    private final ServicePages pages;
    private final Taxonomy taxonomy;
    private final SearchIndex index;
    private final Places places;

    HsdsApiController(Services services, ServicePages pages, Taxonomy taxonomy, SearchIndex index, Places places) {
        this.services = services;
        this.pages = pages;
        this.taxonomy = taxonomy;
        this.index = index;
        this.places = places;
    }

    @GetMapping({"", "/"})
    Map<String, Object> info() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", HsdsMapper.HSDS_VERSION);
        m.put("profile", "https://docs.openreferral.org/en/3.0/");
        m.put("openapi_url", "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
        return m;
    }

    /** {@code minimal}: id and modified date only; {@code full}: fully nested services. */
    @GetMapping("/services")
    Object services(HsdsParams p) {
        return answer(p.check(), c -> {
            List<UUID> only = c.search() == null
                    ? null
                    : searchIds(c.search(), null, null).keySet().stream().toList();
            ServicePages.Page page = pages.page(filter(only, c), c.page(), c.perPage());
            List<Object> contents = new ArrayList<>();
            services.byIds(page.ids())
                    .forEach(s -> contents.add(
                            c.minimal()
                                    ? minimal(s)
                                    : c.full() ? HsdsMapper.service(s, false) : HsdsMapper.serviceList(s)));
            return HsdsParams.page(contents, page.total(), c.page(), c.perPage());
        });
    }

    @GetMapping("/services/{id}")
    Map<String, Object> service(@PathVariable String id) {
        return HsdsMapper.service(
                services.find(FindController.parse(id))
                        .filter(DirectoryService::listed)
                        .orElseThrow(NotFoundException::new),
                false);
    }

    /** {@code search} looks in names; {@code full} nests each organization's services, {@code full_service} fully. */
    @GetMapping("/organizations")
    Object organizations(HsdsParams p) {
        return answer(p.check(), c -> {
            List<Object> contents = new ArrayList<>();
            long total;
            if (c.search() == null) {
                for (UUID id : pages.organizationIds(c.page(), c.perPage())) {
                    services.organization(id).ifPresent(o -> contents.add(organization(o, c.full(), c.fullService())));
                }
                total = pages.organizationCount();
            } else {
                List<Org> found = services.organizations().stream()
                        .filter(o -> c.matches(o.name()))
                        .sorted(Comparator.comparing((Org o) -> o.name().toLowerCase(Locale.ROOT))
                                .thenComparing(Org::id))
                        .toList();
                found.stream()
                        .skip((long) (c.page() - 1) * c.perPage())
                        .limit(c.perPage())
                        .forEach(o -> contents.add(organization(o, c.full(), c.fullService())));
                total = found.size();
            }
            return HsdsParams.page(contents, total, c.page(), c.perPage());
        });
    }

    @GetMapping("/organizations/{id}")
    Map<String, Object> organization(@PathVariable String id, HsdsParams p) {
        HsdsParams.Checked c = p.check();
        return organization(
                services.organization(FindController.parse(id)).orElseThrow(NotFoundException::new),
                true,
                c.fullService());
    }

    @GetMapping("/taxonomies")
    Object taxonomies(HsdsParams p) {
        return answer(
                p.check(),
                c -> HsdsParams.slice(
                        new ArrayList<>(taxonomy.taxonomies().stream()
                                .filter(t -> c.matches(t.name()) || c.matches(t.description()))
                                .map(HsdsMapper::taxonomy)
                                .toList()),
                        c.page(),
                        c.perPage()));
    }

    @GetMapping("/taxonomies/{id}")
    Map<String, Object> taxonomy(@PathVariable String id) {
        UUID wanted = FindController.parse(id);
        return taxonomy.taxonomies().stream()
                .filter(t -> t.id().equals(wanted))
                .findFirst()
                .map(HsdsMapper::taxonomy)
                .orElseThrow(NotFoundException::new);
    }

    /** {@code top_only}: terms without a parent; {@code parent_id}: the children of that term. */
    @GetMapping("/taxonomy_terms")
    Object taxonomyTerms(HsdsParams p) {
        return answer(p.check(), c -> {
            Map<UUID, UUID> parents = taxonomy.parents();
            List<Object> all = new ArrayList<>(taxonomy.terms().stream()
                    .filter(t -> c.taxonomyId() == null || t.taxonomyId().equals(c.taxonomyId()))
                    .filter(t -> c.matches(t.name()) || c.matches(t.nameFr()) || c.matches(t.code()))
                    .filter(t -> !c.topOnly() || !parents.containsKey(t.id()))
                    .filter(t -> c.parentId() == null || c.parentId().equals(parents.get(t.id())))
                    .map(t -> term(t, parents))
                    .toList());
            return HsdsParams.slice(all, c.page(), c.perPage());
        });
    }

    @GetMapping("/taxonomy_terms/{id}")
    Map<String, Object> taxonomyTerm(@PathVariable String id) {
        UUID wanted = FindController.parse(id);
        return taxonomy.terms().stream()
                .filter(t -> t.id().equals(wanted))
                .findFirst()
                .map(t -> term(t, taxonomy.parents()))
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Service at locations, nearest first when {@code postcode} names an Ontario postal code (or its
     * first three characters) or town; {@code proximity} in metres from it; the service filters apply too.
     */
    @GetMapping("/service_at_locations")
    Object serviceAtLocations(
            HsdsParams p,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String proximity) {
        HsdsParams.Checked checked = p.check();
        Place near = postcode == null || postcode.isBlank() ? null : place(postcode);
        Double withinKm = HsdsParams.proximityKm(proximity);
        return answer(checked, c -> {
            if ((near != null || c.search() != null) && !filtered(c)) {
                return searchedSites(c, near, withinKm); // the index pages for itself: no 1,000 ids to filter in SQL
            }
            Map<UUID, Double> distances =
                    near != null || c.search() != null ? searchIds(c.search(), near, withinKm) : null;
            ServicePages.Page page = pages.page(
                    filter(distances == null ? null : List.copyOf(distances.keySet()), c), c.page(), c.perPage());
            List<Object> contents = new ArrayList<>();
            for (DirectoryService s : services.byIds(page.ids())) {
                Double km = distances == null ? null : distances.get(s.id());
                s.sites().forEach(site -> contents.add(HsdsParams.sal(s, site, km, c.full())));
            }
            return HsdsParams.page(contents, page.total(), c.page(), c.perPage());
        });
    }

    @GetMapping("/service_at_locations/{id}")
    Map<String, Object> serviceAtLocation(@PathVariable String id) {
        UUID wanted = FindController.parse(id);
        DirectoryService s = pages.serviceOfSite(wanted)
                .flatMap(services::find)
                .filter(DirectoryService::listed)
                .orElseThrow(NotFoundException::new);
        return s.sites().stream()
                .filter(site -> site.serviceAtLocationId().equals(wanted))
                .findFirst()
                .map(site -> HsdsParams.sal(s, site, null, true))
                .orElseThrow(NotFoundException::new);
    }

    private static boolean filtered(HsdsParams.Checked c) {
        return c.termId() != null || c.taxonomyId() != null || c.organizationId() != null || c.modifiedAfter() != null;
    }

    private Map<String, Object> searchedSites(HsdsParams.Checked c, Place near, Double withinKm) {
        SearchQuery q = new SearchQuery(
                c.search(),
                near,
                withinKm,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                null,
                false,
                c.page() - 1,
                c.perPage());
        SearchResult r = index.search(q);
        Map<UUID, DirectoryService> found = new HashMap<>();
        services.byIds(r.hits().stream().map(SearchResult.Hit::serviceId).toList())
                .forEach(s -> found.put(s.id(), s));
        List<Object> contents = new ArrayList<>();
        for (SearchResult.Hit hit : r.hits()) {
            DirectoryService s = found.get(hit.serviceId());
            if (s != null) {
                s.sites().forEach(site -> contents.add(HsdsParams.sal(s, site, hit.distanceKm(), c.full())));
            }
        }
        return HsdsParams.page(contents, r.total(), c.page(), c.perPage());
    }

    /** A page for the request, or with {@code format=ndjson} every page's documents, one a line. */
    private Object answer(HsdsParams.Checked c, Function<HsdsParams.Checked, Map<String, Object>> pageOf) {
        if (!c.ndjson()) {
            return pageOf.apply(c);
        }
        StringBuilder out = new StringBuilder();
        for (int n = 1; ; n++) {
            Map<String, Object> page = pageOf.apply(c.at(n, HsdsParams.MAX_PER_PAGE));
            for (Object o : (List<?>) page.get("contents")) {
                out.append(JSON.writeValueAsString(o)).append('\n');
            }
            if (Boolean.TRUE.equals(page.get("last_page"))) {
                return ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(NDJSON_VALUE))
                        .body(out.toString());
            }
        }
    }

    private Place place(String postcode) {
        Places.Near where = places.near(postcode);
        String problem = switch (where.outcome()) {
            case FOUND -> null;
            case MALFORMED_POSTAL_CODE -> "directory.error.postalCode";
            case UNKNOWN_POSTAL_AREA -> "directory.error.postalArea";
            case UNKNOWN_PLACE -> "directory.error.place";
        };
        if (problem != null) {
            throw Rejection.of(problem, Map.of("postcode", problem)).exception();
        }
        return where.place();
    }

    /** A service as {@code minimal} asks: its id and when it last changed (if known). */
    private static Map<String, Object> minimal(DirectoryService s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().toString());
        if (s.lastModified() != null) {
            m.put("modified_date", s.lastModified().toString());
        }
        return m;
    }

    private static ServicePages.Filter filter(List<UUID> only, HsdsParams.Checked c) {
        return new ServicePages.Filter(only, c.termId(), c.taxonomyId(), c.organizationId(), c.modifiedAfter());
    }

    private Map<String, Object> organization(Org o, boolean withServices, boolean fullServices) {
        Map<String, Object> m = HsdsMapper.organization(o);
        if (withServices) {
            ServicePages.Page page = pages.page(new ServicePages.Filter(null, null, null, o.id(), null), 1, 1000);
            m.put(
                    "services",
                    services.byIds(page.ids()).stream()
                            .map(s -> fullServices ? HsdsMapper.service(s, false) : HsdsMapper.serviceList(s))
                            .toList());
        }
        return m;
    }

    private static Map<String, Object> term(Term t, Map<UUID, UUID> parents) {
        Map<String, Object> m = HsdsMapper.term(t);
        if (parents.containsKey(t.id())) {
            m.put("parent_id", parents.get(t.id()).toString());
        }
        return m;
    }

    /** The best matches in order, each with its distance in km from {@code near} (null without a place). */
    private Map<UUID, Double> searchIds(String text, Place near, Double withinKm) {
        SearchQuery q = new SearchQuery(
                text, near, withinKm, null, null, null, null, false, false, false, null, false, 0, MAX_SEARCH_HITS);
        Map<UUID, Double> found = new LinkedHashMap<>();
        for (SearchResult.Hit hit : index.search(q).hits()) {
            found.put(hit.serviceId(), hit.distanceKm());
        }
        return found;
    }
}
