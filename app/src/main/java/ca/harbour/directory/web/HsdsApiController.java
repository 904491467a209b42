package ca.harbour.directory.web;

import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.HsdsMapper;
import ca.harbour.directory.internal.Place;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.SearchIndex;
import ca.harbour.directory.internal.SearchQuery;
import ca.harbour.directory.internal.SearchResult;
import ca.harbour.directory.internal.ServicePages;
import ca.harbour.directory.internal.Services;
import ca.harbour.directory.internal.Taxonomy;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HSDS 3.0 read API (Open Referral's OpenAPI): paged lists in the standard's page wrapper and
 * single records. Public; staff-only fields are never part of it, inactive and defunct services are
 * not in it (not even in counts: an unknown id and an unlisted one both answer 404), and confidential
 * locations give their town only (see {@link HsdsMapper}).
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = "application/json")
class HsdsApiController {

    /** A search through the API pages through its best 1,000 matches (a person refines a search rather than reading further). */
    static final int MAX_SEARCH_HITS = 1_000;

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

    @GetMapping("/services")
    Map<String, Object> services(HsdsParams p) {
        HsdsParams.Checked c = p.check();
        List<UUID> only = c.search() == null ? null : searchIds(c.search(), null, null);
        ServicePages.Page page = pages.page(new ServicePages.Filter(only, c.termId(), c.taxonomyId(), c.organizationId(),
                c.modifiedAfter()), c.page(), c.perPage());
        List<Object> contents = new ArrayList<>();
        services.byIds(page.ids()).forEach(s -> contents.add(c.full() ? HsdsMapper.service(s, false) : HsdsMapper.serviceList(s)));
        return HsdsParams.page(contents, page.total(), c.page(), c.perPage());
    }

    @GetMapping("/services/{id}")
    Map<String, Object> service(@PathVariable String id) {
        return HsdsMapper.service(services.find(FindController.parse(id)).filter(DirectoryService::listed)
                .orElseThrow(NotFoundException::new), false);
    }

    @GetMapping("/organizations")
    Map<String, Object> organizations(HsdsParams p) {
        HsdsParams.Checked c = p.check();
        List<Object> contents = new ArrayList<>();
        for (UUID id : pages.organizationIds(c.page(), c.perPage())) {
            services.organization(id).ifPresent(o -> contents.add(HsdsMapper.organization(o)));
        }
        return HsdsParams.page(contents, pages.organizationCount(), c.page(), c.perPage());
    }

    @GetMapping("/organizations/{id}")
    Map<String, Object> organization(@PathVariable String id) {
        UUID orgId = FindController.parse(id);
        Map<String, Object> o = HsdsMapper.organization(services.organization(orgId).orElseThrow(NotFoundException::new));
        ServicePages.Page page = pages.page(new ServicePages.Filter(null, null, null, orgId, null), 1, 1000);
        o.put("services", services.byIds(page.ids()).stream().map(HsdsMapper::serviceList).toList());
        return o;
    }

    @GetMapping("/taxonomies")
    Map<String, Object> taxonomies(HsdsParams p) {
        HsdsParams.Checked c = p.check();
        List<Object> all = new ArrayList<>(taxonomy.taxonomies().stream().map(HsdsMapper::taxonomy).toList());
        return HsdsParams.slice(all, c.page(), c.perPage());
    }

    @GetMapping("/taxonomy_terms")
    Map<String, Object> taxonomyTerms(HsdsParams p) {
        HsdsParams.Checked c = p.check();
        List<Object> all = new ArrayList<>(taxonomy.terms().stream()
                .filter(t -> c.taxonomyId() == null || t.taxonomyId().equals(c.taxonomyId())).map(HsdsMapper::term).toList());
        return HsdsParams.slice(all, c.page(), c.perPage());
    }

    /** Service at locations, nearest first when {@code postcode} names an Ontario place; {@code proximity} in metres. */
    @GetMapping("/service_at_locations")
    Map<String, Object> serviceAtLocations(HsdsParams p, @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String proximity) {
        HsdsParams.Checked c = p.check();
        Place near = null;
        if (postcode != null && !postcode.isBlank()) {
            near = places.find(postcode).orElseThrow(() -> Rejection.of("directory.error.place",
                    Map.of("postcode", "directory.error.place")).exception());
        }
        Double withinKm = HsdsParams.proximityKm(proximity);
        List<Object> contents = new ArrayList<>();
        long total;
        if (near != null || c.search() != null) {
            SearchQuery q = new SearchQuery(c.search(), near, withinKm, null, null, null, null, false, false, false,
                    null, false, c.page() - 1, c.perPage());
            SearchResult r = index.search(q);
            total = r.total();
            Map<UUID, DirectoryService> found = new LinkedHashMap<>();
            services.byIds(r.hits().stream().map(SearchResult.Hit::serviceId).toList()).forEach(s -> found.put(s.id(), s));
            for (SearchResult.Hit hit : r.hits()) {
                DirectoryService s = found.get(hit.serviceId());
                if (s != null) {
                    s.sites().forEach(site -> contents.add(HsdsParams.sal(s, site, hit.distanceKm())));
                }
            }
        } else {
            ServicePages.Page page = pages.page(new ServicePages.Filter(null, c.termId(), c.taxonomyId(),
                    c.organizationId(), c.modifiedAfter()), c.page(), c.perPage());
            total = page.total();
            services.byIds(page.ids()).forEach(s -> s.sites().forEach(site -> contents.add(HsdsParams.sal(s, site, null))));
        }
        return HsdsParams.page(contents, total, c.page(), c.perPage());
    }

    private List<UUID> searchIds(String text, Place near, Double withinKm) {
        SearchQuery q = new SearchQuery(text, near, withinKm, null, null, null, null, false, false, false, null,
                false, 0, MAX_SEARCH_HITS);
        return index.search(q).hits().stream().map(SearchResult.Hit::serviceId).toList();
    }
}
