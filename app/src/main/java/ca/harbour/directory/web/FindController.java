package ca.harbour.directory.web;

import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.SearchIndex.Audience;
import ca.harbour.directory.internal.SearchResult;
import ca.harbour.directory.internal.SearchResultCache;
import ca.harbour.directory.internal.Services;
import ca.harbour.directory.internal.Taxonomy;
import ca.harbour.platform.web.FormErrors;
import ca.harbour.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.util.SloppyMath;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * "Find supports": the public search and service pages. No sign-in, no staff-only field, no inactive
 * or defunct service (its page is a 404 like an unknown id's), and no street address of a confidential
 * location: the public sees {@link DirectoryService#forPublic()} only.
 */
@Controller
class FindController {

    static final int PAGE_SIZE = 10;

    private final SearchResultCache results;
    private final Services services;
    private final Places places;
    private final Taxonomy taxonomy;
    private final FormErrors formErrors;
    private final DirectoryView view;

    FindController(
            SearchResultCache results,
            Services services,
            Places places,
            Taxonomy taxonomy,
            FormErrors formErrors,
            DirectoryView view) {
        this.results = results;
        this.services = services;
        this.places = places;
        this.taxonomy = taxonomy;
        this.formErrors = formErrors;
        this.view = view;
    }

    @GetMapping("/find")
    String find(FindForm form, Model model, HttpServletResponse response) {
        search(form, true, model, response);
        return "directory/find";
    }

    @GetMapping("/find/services/{id}")
    String service(@PathVariable String id, @RequestParam(required = false) String near, Model model) {
        DirectoryService s = services.find(parse(id))
                .filter(DirectoryService::listed)
                .orElseThrow(NotFoundException::new)
                .forPublic();
        model.addAttribute("s", s);
        model.addAttribute("view", view);
        Optional.ofNullable(FindForm.notBlank(near) ? places.near(near).place() : null)
                .ifPresent(p -> {
                    model.addAttribute("near", p);
                    model.addAttribute(
                            "distance",
                            s.sites().stream()
                                    .filter(DirectoryService.Site::hasCoordinates)
                                    .mapToDouble(site -> SloppyMath.haversinMeters(
                                                    p.latitude(), p.longitude(), site.latitude(), site.longitude())
                                            / 1000d)
                                    .min()
                                    .orElse(Double.NaN));
                });
        return "directory/service";
    }

    /**
     * Shared by the public and the staff search: checks the form, searches, fills the model. The
     * public ({@code forPublic}) finds running services only, as {@link DirectoryService#forPublic()}
     * shows them; staff find every service, marked with its status, at its exact place.
     */
    void search(FindForm form, boolean forPublic, Model model, HttpServletResponse response) {
        model.addAttribute("form", form);
        model.addAttribute("staffView", !forPublic);
        model.addAttribute("view", view);
        model.addAttribute("needs", taxonomy.terms());
        FindForm.Checked checked = form.check(places, taxonomy, forPublic, PAGE_SIZE);
        if (!checked.errors().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            checked.errors().forEach((field, key) -> errors.put(field, formErrors.text(key)));
            model.addAttribute("errors", errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // htmx swaps no 400 and only the results; the whole page shows the error next to its field.
            if (RequestContextHolder.currentRequestAttributes() instanceof ServletRequestAttributes r
                    && r.getRequest().getHeader("HX-Request") != null) {
                HttpServletRequest request = r.getRequest();
                response.setHeader(
                        "HX-Redirect",
                        request.getRequestURI()
                                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            }
            return;
        }
        model.addAttribute("placeUnknown", checked.placeUnknown());
        model.addAttribute("near", checked.query().near());
        if (!form.searched()) {
            return;
        }
        SearchResult result = results.search(checked.query(), true, forPublic ? Audience.PUBLIC : Audience.STAFF);
        List<DirectoryService> found = services.byIds(
                result.hits().stream().map(SearchResult.Hit::serviceId).toList());
        Map<UUID, DirectoryService> byId = new LinkedHashMap<>();
        found.forEach(s -> byId.put(s.id(), forPublic ? s.forPublic() : s));
        model.addAttribute("result", result);
        model.addAttribute("found", byId);
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
