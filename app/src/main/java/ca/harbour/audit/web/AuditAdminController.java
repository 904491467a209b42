package ca.harbour.audit.web;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.audit.AuditNames;
import ca.harbour.audit.AuditResourceType;
import ca.harbour.audit.AuditResourceTypes;
import ca.harbour.audit.ChainVerification;
import ca.harbour.audit.internal.AuditChainVerifier;
import ca.harbour.audit.internal.AuditSearch;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit review page: filter the log, and verify its chain. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAuthority('AUDIT:READ')")
class AuditAdminController {

    private final AuditSearch search;
    private final AuditChainVerifier verifier;
    private final Audit audit;
    private final ZoneId zone;
    private final AuditResourceTypes types;
    private final List<AuditNames> names;
    private final FormErrors formErrors;
    private final AuditReasons reasons;

    AuditAdminController(
            AuditSearch search,
            AuditChainVerifier verifier,
            Audit audit,
            PlatformSettings settings,
            AuditResourceTypes types,
            List<AuditNames> names,
            FormErrors formErrors,
            AuditReasons reasons) {
        this.reasons = reasons;
        this.types = types;
        this.names = names;
        this.formErrors = formErrors;
        this.search = search;
        this.verifier = verifier;
        this.audit = audit;
        this.zone = settings.zone();
    }

    @GetMapping
    @Transactional
    String list(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String resourceType,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String page,
            Model model,
            HttpServletResponse response) {
        // an unknown action filters nothing rather than failing
        String known = Arrays.stream(AuditAction.values())
                .map(Enum::name)
                .filter(a -> a.equals(action))
                .findFirst()
                .orElse(null);
        // likewise an unknown resource type
        String knownType =
                types.named(trim(resourceType)).map(AuditResourceType::name).orElse(null);
        // a date that is not one is said next to its field, and nothing is searched
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDate = date(from, "from", errors);
        LocalDate toDate = date(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.put("to", formErrors.text("audit.error.dateOrder"));
        }
        AuditSearch.Filter filter =
                new AuditSearch.Filter(trim(actor), knownType, known, fromDate, toDate, pageNumber(page));
        model.addAttribute("filter", filter);
        model.addAttribute("fromText", from == null ? "" : from);
        model.addAttribute("toText", to == null ? "" : to);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("types", types);
        model.addAttribute("reasons", reasons);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("result", new AuditSearch.Page(List.of(), false));
            model.addAttribute("actorNames", Map.of());
            model.addAttribute("recordLabels", Map.of());
            return "audit/list";
        }
        AuditSearch.Page result = search.search(filter, zone);
        model.addAttribute("result", result);
        nameThem(result.rows(), model);
        audit.recordList(
                AuditAction.SEARCH,
                "audit_event",
                "audit search",
                result.rows().stream().map(AuditSearch.Row::id).toList());
        return "audit/list";
    }

    /** Staff display names for the actors, and labels for the records their module names (keyed by type, colon, id). */
    private void nameThem(List<AuditSearch.Row> rows, Model model) {
        Set<String> actors = rows.stream().map(AuditSearch.Row::actor).collect(Collectors.toSet());
        Map<String, Set<String>> idsByType = new HashMap<>();
        for (AuditSearch.Row r : rows) {
            if (r.resourceType() != null && r.resourceId() != null) {
                idsByType
                        .computeIfAbsent(r.resourceType(), t -> new HashSet<>())
                        .add(r.resourceId());
            }
        }
        Map<String, String> actorNames = new HashMap<>();
        Map<String, String> recordLabels = new HashMap<>();
        for (AuditNames source : names) {
            actorNames.putAll(source.actors(actors));
            idsByType.forEach((type, ids) ->
                    source.records(type, ids).forEach((id, label) -> recordLabels.put(type + ":" + id, label)));
        }
        model.addAttribute("actorNames", actorNames);
        model.addAttribute("recordLabels", recordLabels);
    }

    private @Nullable LocalDate date(@Nullable String text, String field, Map<String, String> errors) {
        String value = trim(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, formErrors.text("audit.error.date"));
            return null;
        }
    }

    /** A page number that is not one shows the first page: it is a link's detail, not a field anyone typed. */
    private static int pageNumber(@Nullable String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @PostMapping("/verify")
    @Transactional
    String verify(Model model) {
        ChainVerification result = verifier.verify();
        audit.record(AuditAction.VERIFY, "audit_event", null, result.intact() ? "intact" : "broken");
        model.addAttribute("verification", result);
        return "audit/verify";
    }
}
