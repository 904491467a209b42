package ca.harbour.intelligence.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intelligence.internal.ads.Ads.Ad;
import ca.harbour.intelligence.internal.ads.Ads.Filter;
import ca.harbour.intelligence.internal.ads.AdsDesk;
import ca.harbour.intelligence.internal.ads.Indicator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service's ads, newest first with filters, and one ad with what was found in it and why it is flagged. */
@Controller
@RequestMapping("/intelligence/ads")
class AdsController {

    private static final ZoneId LOCAL = ZoneId.of("America/Toronto");

    private final AdsDesk desk;

    AdsController(AdsDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('INTEL_AD:READ')")
    String list(
            @RequestParam(defaultValue = "") String city,
            @RequestParam(defaultValue = "") String flag,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        String knownFlag = List.of(Indicator.values()).stream()
                .map(Enum::name)
                .filter(flag::equals)
                .findFirst()
                .orElse("");
        Filter filter = new Filter(
                city.isBlank() ? null : city,
                knownFlag.isEmpty() ? null : knownFlag,
                fromDate == null ? null : fromDate.atStartOfDay(LOCAL).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(LOCAL).toInstant());
        int current = Math.max(0, Math.min(page, 100_000));
        List<Ad> ads = desk.list(CurrentStaff.require(), filter, current);
        model.addAttribute("ads", ads.size() > AdsDesk.PAGE ? ads.subList(0, AdsDesk.PAGE) : ads);
        model.addAttribute("next", ads.size() > AdsDesk.PAGE);
        model.addAttribute("pageNumber", current);
        model.addAttribute("cities", desk.cities(CurrentStaff.require()));
        model.addAttribute("flags", Indicator.values());
        model.addAttribute("city", city);
        model.addAttribute("flag", knownFlag);
        model.addAttribute("from", fromDate == null ? "" : fromDate.toString());
        model.addAttribute("to", toDate == null ? "" : toDate.toString());
        model.addAttribute("badDate", fromDate == null && !from.isBlank() || toDate == null && !to.isBlank());
        return "intelligence/ads/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('INTEL_AD:READ')")
    String ad(@PathVariable UUID id, Model model) {
        model.addAttribute("view", desk.read(CurrentStaff.require(), id));
        return "intelligence/ads/ad";
    }

    private static @Nullable LocalDate date(String s) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
