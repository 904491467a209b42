package ca.harbour.intelligence.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intelligence.internal.explore.Connections.Filter;
import ca.harbour.intelligence.internal.explore.Exploration;
import ca.harbour.intelligence.internal.explore.NetworkViews;
import ca.harbour.intelligence.internal.explore.NetworkViews.Network;
import ca.harbour.intelligence.internal.explore.NetworkViews.Node;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One entity's page (its summary and everything connected to it, a page at a time) and its network view (the
 * graph and, always on the page, the same nodes and links as tables).
 */
@Controller
@RequestMapping("/intelligence/entities")
class EntityController {

    private final Exploration exploration;
    private final NetworkViews networks;
    private final FormErrors formErrors;

    EntityController(Exploration exploration, NetworkViews networks, FormErrors formErrors) {
        this.exploration = exploration;
        this.networks = networks;
        this.formErrors = formErrors;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('INTEL_ENTITY:READ')")
    String entity(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(required = false) List<String> types,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model,
            HttpServletResponse response) {
        Filter filter = filter(types, city, from, to, model, response);
        model.addAttribute("view", exploration.entity(CurrentStaff.require(), id, filter, pageNumber(page)));
        return "intelligence/explore/entity";
    }

    @GetMapping("/{id}/network")
    @PreAuthorize("hasAuthority('INTEL_ENTITY:READ')")
    String network(
            @PathVariable UUID id,
            @RequestParam(required = false) List<String> types,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model,
            HttpServletResponse response) {
        Filter filter = filter(types, city, from, to, model, response);
        Network network = networks.around(CurrentStaff.require(), id, 1, filter);
        Map<UUID, String> labels = new HashMap<>();
        for (Node n : network.nodes()) {
            labels.put(n.id(), n.label() != null ? n.label() : n.id().toString().substring(0, 8));
        }
        model.addAttribute("network", network);
        model.addAttribute("labelOf", labels);
        model.addAttribute("filterQuery", query(filter));
        return "intelligence/explore/network";
    }

    private Filter filter(
            List<String> types, String city, String from, String to, Model model, HttpServletResponse response) {
        model.addAttribute("kinds", EntityKind.values());
        model.addAttribute("types", types == null ? List.of() : types);
        model.addAttribute("city", city == null ? "" : city);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        try {
            Filter filter = EntityFilters.of(types, city, from, to);
            model.addAttribute("errors", Map.of());
            model.addAttribute("filtered", !filter.equals(Filter.NONE));
            return filter;
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", formErrors.of(e.rejection()));
            model.addAttribute("filtered", false);
            return Filter.NONE;
        }
    }

    /** The filter as the network API's query string, for the page's script to ask for more with the same filter. */
    private static String query(Filter filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (!filter.kinds().isEmpty()) {
            uri.queryParam(
                    "types",
                    String.join(
                            ",",
                            filter.kinds().stream().map(Enum::name).sorted().toList()));
        }
        if (filter.city() != null) {
            uri.queryParam("city", filter.city());
        }
        if (filter.from() != null) {
            uri.queryParam("from", LocalDate.ofInstant(filter.from(), EntityWords.ZONE));
        }
        if (filter.to() != null) {
            uri.queryParam(
                    "to", LocalDate.ofInstant(filter.to(), EntityWords.ZONE).minusDays(1));
        }
        String q = uri.encode().build().getQuery();
        return q == null ? "" : q;
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(100_000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
