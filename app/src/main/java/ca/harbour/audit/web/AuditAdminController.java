package ca.harbour.audit.web;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.audit.AuditResourceType;
import ca.harbour.audit.AuditResourceTypes;
import ca.harbour.audit.ChainVerification;
import ca.harbour.audit.internal.AuditChainVerifier;
import ca.harbour.audit.internal.AuditSearch;
import ca.harbour.platform.PlatformSettings;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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

    AuditAdminController(
            AuditSearch search,
            AuditChainVerifier verifier,
            Audit audit,
            PlatformSettings settings,
            AuditResourceTypes types) {
        this.types = types;
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
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        // an unknown action filters nothing rather than failing
        String known = Arrays.stream(AuditAction.values())
                .map(Enum::name)
                .filter(a -> a.equals(action))
                .findFirst()
                .orElse(null);
        // likewise an unknown resource type
        String knownType =
                types.named(trim(resourceType)).map(AuditResourceType::name).orElse(null);
        AuditSearch.Filter filter = new AuditSearch.Filter(trim(actor), knownType, known, from, to, Math.max(0, page));
        model.addAttribute("filter", filter);
        AuditSearch.Page result = search.search(filter, zone);
        model.addAttribute("result", result);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("types", types);
        audit.recordList(
                AuditAction.SEARCH,
                "audit_event",
                "audit search",
                result.rows().stream().map(AuditSearch.Row::id).toList());
        return "audit/list";
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
