package ca.harbour.intelligence.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intelligence.internal.ads.AdFormat;
import ca.harbour.intelligence.internal.ads.AdImports.AdImport;
import ca.harbour.intelligence.internal.ads.AdsDesk;
import ca.harbour.platform.crypto.SealedSpool;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Uploading a file of ads, following its import while it runs, its report, and the list of past imports. */
@Controller
@RequestMapping("/intelligence/ads")
class AdImportController {

    private final AdsDesk desk;

    AdImportController(AdsDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/import")
    @PreAuthorize("hasAuthority('INTEL_AD:CREATE')")
    String form(Model model) {
        model.addAttribute("imports", desk.imports(CurrentStaff.require()));
        model.addAttribute("error", null);
        return "intelligence/ads/import";
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('INTEL_AD:CREATE')")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        Optional<AdFormat> format = AdFormat.of(name);
        if (format.isEmpty() && file != null) {
            format = AdFormat.of(file.getContentType());
        }
        String error = null;
        if (file == null || file.isEmpty()) {
            error = "intelligence.ads.refused.noFile";
        } else if (format.isEmpty()) {
            error = "intelligence.ads.refused.format";
        } else if (file.getSize() > AdsDesk.MAX_FILE_BYTES) {
            error = "intelligence.ads.refused.tooLarge";
        }
        if (error != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("imports", desk.imports(CurrentStaff.require()));
            model.addAttribute("error", error);
            return "intelligence/ads/import";
        }
        SealedSpool saved;
        try (InputStream in = file.getInputStream()) {
            saved = SealedSpool.of(in, "harbour-ads-");
        }
        UUID id = desk.importLater(CurrentStaff.require(), saved, format.get());
        return "redirect:/intelligence/ads/imports/" + id;
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize("hasAuthority('INTEL_AD:READ')")
    String report(
            @PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        boolean poll = "true".equals(htmx);
        AdImport report = desk.report(CurrentStaff.require(), id, !poll);
        model.addAttribute("report", report);
        return poll ? "intelligence/ads/report :: report" : "intelligence/ads/report";
    }
}
