package ca.harbour.intelligence.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intelligence.internal.ads.AdFormat;
import ca.harbour.intelligence.internal.ads.AdImports.AdImport;
import ca.harbour.intelligence.internal.ads.AdsDesk;
import ca.harbour.intelligence.internal.ads.LineProblem;
import ca.harbour.platform.domain.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ad imports for machines: a CSV or JSON lines body imported in the request, and an import's report. */
@RestController
@RequestMapping("/api/v1/intelligence")
@Tag(name = "Intelligence: ads", description = "Import scraped online ads and read import reports")
class AdsApi {

    private final AdsDesk desk;
    private final MessageSource messages;

    AdsApi(AdsDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    /** One refused line: its number, the code, the field, and the code's text in the caller's language. */
    record Problem(long line, String code, @Nullable String field, String message) {}

    /** An import's report; {@code flaggedAt} is null while the cross-ad flags of a finished import are coming. */
    record Report(
            UUID id,
            String format,
            String status,
            Instant startedAt,
            @Nullable Instant finishedAt,
            long linesRead,
            long adsNew,
            long adsUpdated,
            long adsUnchanged,
            long linesRejected,
            List<Problem> problems,
            @Nullable Instant flaggedAt) {}

    @PostMapping(
            value = "/ads",
            consumes = {"text/csv", "application/x-ndjson", "application/jsonl"})
    @PreAuthorize("hasAuthority('INTEL_AD:CREATE')")
    @Operation(
            summary = "Import ads",
            description = "The body is CSV with a header row (text/csv) or JSON lines (application/x-ndjson or"
                    + " application/jsonl) with the columns ad_id, site, posted_at, title, body, phones, emails,"
                    + " handles, city, price and image_hashes. Runs in the request and answers the import report:"
                    + " counts, and the refused lines by number and code (never their content). The same ad (site"
                    + " and ad id) imported again is one ad. The flags that need many ads (many ads on one phone,"
                    + " one template in many cities, a phone moving between cities) are added after the answer;"
                    + " the report's flaggedAt, null until then, says when (GET /imports/{id}).")
    Report importAds(HttpServletRequest request) throws IOException {
        AdFormat format = AdFormat.of(request.getContentType())
                .orElseThrow(
                        () -> Rejection.of("intelligence.ads.refused.format").exception());
        if (request.getContentLengthLong() > AdsDesk.MAX_FILE_BYTES) {
            throw Rejection.of("intelligence.ads.refused.tooLarge").exception();
        }
        AdImport done = desk.importNow(CurrentStaff.require(), request.getInputStream(), format);
        if ("FAILED".equals(done.status())
                && !done.problems().isEmpty()
                && done.problems().get(0).line() == 0) {
            throw Rejection.of(
                            "intelligence.ads.problem." + done.problems().get(0).code())
                    .exception();
        }
        return report(done);
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize("hasAuthority('INTEL_AD:READ')")
    @Operation(summary = "An import's report", description = "Counts so far (or final) and the refused lines.")
    Report importReport(@PathVariable UUID id) {
        return report(desk.report(CurrentStaff.require(), id, true));
    }

    private Report report(AdImport i) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Problem> problems = i.problems().stream()
                .map((LineProblem p) -> new Problem(
                        p.line(),
                        p.code(),
                        p.field(),
                        messages.getMessage("intelligence.ads.problem." + p.code(), null, p.code(), locale)))
                .toList();
        return new Report(
                i.id(),
                i.format().name(),
                i.status(),
                i.startedAt(),
                i.finishedAt(),
                i.counts().linesRead(),
                i.counts().adsNew(),
                i.counts().adsUpdated(),
                i.counts().adsUnchanged(),
                i.counts().linesRejected(),
                problems,
                i.flaggedAt());
    }
}
