package ca.harbour.platform.web;

import ca.harbour.platform.PlatformSettings;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs, as {@code ${page...}} in templates: the language toggle link
 * that keeps the page, locale-aware dates and numbers, the quick-exit target, the demo flag.
 */
@Component
public class PageSupport {

    private final boolean demo;
    private final String quickExitUrl;
    private final ZoneId zone;

    PageSupport(PlatformSettings settings) {
        this.demo = settings.demo().enabled();
        this.quickExitUrl = settings.quickExitUrl();
        this.zone = settings.zone();
    }

    public boolean demo() {
        return demo;
    }

    public String quickExitUrl() {
        return quickExitUrl;
    }

    public String lang() {
        return Languages.supported(LocaleContextHolder.getLocale()).getLanguage();
    }

    public String otherLang() {
        return "fr".equals(lang()) ? "en" : "fr";
    }

    /**
     * The current page (the original one on error pages, also those Harbour forwards to itself) with
     * {@code lang} switched; GET only.
     */
    public String otherLanguageUrl() {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return "/?lang=" + otherLang();
        }
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (forwarded == null) {
            forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        }
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query = forwarded != null ? null : request.getQueryString();
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam("lang", otherLang())
                .build()
                .toUriString();
    }

    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(zone)
                .format(instant);
    }

    public String number(@Nullable Number n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(locale()).format(n);
    }

    private static Locale locale() {
        return Languages.supported(LocaleContextHolder.getLocale());
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? attrs.getRequest()
                : null;
    }
}
