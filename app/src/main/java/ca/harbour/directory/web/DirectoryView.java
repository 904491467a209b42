package ca.harbour.directory.web;

import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.DirectoryService.Hours;
import ca.harbour.directory.internal.ServiceRules;
import ca.harbour.directory.internal.Term;
import ca.harbour.identity.Region;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.web.Languages;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formatting for directory pages, in the reader's language; put in the model as {@code view}. */
@Component
public class DirectoryView {

    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "MO",
            DayOfWeek.MONDAY,
            "TU",
            DayOfWeek.TUESDAY,
            "WE",
            DayOfWeek.WEDNESDAY,
            "TH",
            DayOfWeek.THURSDAY,
            "FR",
            DayOfWeek.FRIDAY,
            "SA",
            DayOfWeek.SATURDAY,
            "SU",
            DayOfWeek.SUNDAY);

    /**
     * The languages a service can list, as ISO 639 codes: English and French, the Indigenous
     * languages and sign languages of Ontario, then the languages most spoken at home in Ontario.
     * Each has a name in both bundles ({@code directory.lang.<code>}).
     */
    public static final List<String> LANGUAGES = List.of(
            "en", "fr", "oj", "cr", "iu", "moh", "ase", "fcs", "es", "pt", "ar", "zh", "yue", "pa", "ur", "hi", "ta",
            "tl", "vi", "ko", "fa", "ru", "uk", "pl", "it", "so", "ti", "am");

    private final MessageSource messages;
    private final ZoneId zone;
    private final Map<String, List<Option>> options = new ConcurrentHashMap<>();

    DirectoryView(MessageSource messages, PlatformSettings settings) {
        this.messages = messages;
        this.zone = settings.zone();
    }

    public boolean french() {
        return "fr".equals(locale().getLanguage());
    }

    public String name(DirectoryService s) {
        return s.name(french());
    }

    /** A text written in both languages in one field, "English / Français": the page language's half. */
    public @Nullable String local(@Nullable String text) {
        return DirectoryService.half(text, french());
    }

    public String description(DirectoryService s) {
        return s.description(french());
    }

    public String applicationProcess(DirectoryService s) {
        return s.applicationProcess(french());
    }

    public List<String> languages() {
        return LANGUAGES;
    }

    /** A choice of a select list: its value and its text in the reader's language. */
    public record Option(String value, String label) {}

    /**
     * {@link #LANGUAGES} with their names, and the regions, for the search form's lists: made once per language
     * rather than looked up option by option on every page view (the find page is the busiest page).
     */
    public List<Option> languageOptions() {
        return options.computeIfAbsent(
                "lang:" + locale().getLanguage(),
                k -> LANGUAGES.stream()
                        .map(code ->
                                new Option(code, messages.getMessage("directory.lang." + code, null, code, locale())))
                        .toList());
    }

    public List<Option> regionOptions() {
        return options.computeIfAbsent(
                "region:" + locale().getLanguage(),
                k -> Arrays.stream(Region.values())
                        .map(r -> new Option(
                                r.name(),
                                messages.getMessage("directory.region." + r.name(), null, r.name(), locale())))
                        .toList());
    }

    /** The language's English name, as services store it (pages show it in the reader's language). */
    public String englishLanguage(String code) {
        return messages.getMessage("directory.lang." + code, null, null, Locale.ROOT);
    }

    /** A weekday (RFC 5545 code such as MO) by its full name in the reader's language. */
    public String dayName(String code) {
        DayOfWeek d = DAYS.get(code);
        return d == null ? code : d.getDisplayName(TextStyle.FULL, locale());
    }

    public String term(Term t) {
        return t.name(french());
    }

    public String days(Hours h) {
        List<String> names = new ArrayList<>();
        for (String code : h.byday().split(",")) {
            DayOfWeek d = DAYS.get(code.strip());
            if (d != null) {
                names.add(d.getDisplayName(TextStyle.FULL, locale()));
            }
        }
        return names.size() == 7 ? text("directory.everyDay") : String.join(", ", names);
    }

    public String time(@Nullable LocalTime t) {
        return t == null
                ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale())
                        .format(t);
    }

    public String date(@Nullable Instant i) {
        return i == null
                ? text("directory.never")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale())
                        .withZone(zone)
                        .format(i);
    }

    public String km(@Nullable Double km) {
        if (km == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(km < 10 ? 1 : 0);
        return f.format(km);
    }

    /** Whom a service may be for, in the forms' order ({@link ServiceRules#GENDERS}). */
    public List<String> genders() {
        return ServiceRules.GENDERS;
    }

    public List<String> statuses() {
        return ServiceRules.STATUSES;
    }

    public String gender(@Nullable String g) {
        return text("directory.gender." + (g == null ? "any" : g));
    }

    public String tel(@Nullable String number) {
        return number == null ? "" : "tel:" + number.replaceAll("[^0-9+]", "");
    }

    /**
     * Why a result matched, as readable phrases in the reader's language: "type of help « shelter »". A
     * word matched in the other language's text is not quoted (a French page shows no English word),
     * only the kind of field it was found in.
     */
    public List<String> why(List<String> matched) {
        Set<String> out = new LinkedHashSet<>();
        String otherLanguage = french() ? "_en" : "_fr";
        for (String m : matched) {
            int colon = m.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = m.substring(0, colon);
            String label = text("directory.why." + field.replace("_en", "").replace("_fr", ""));
            out.add(field.endsWith(otherLanguage) ? label : label + " « " + m.substring(colon + 1) + " »");
        }
        List<String> phrases = new ArrayList<>(out);
        phrases.removeIf(p -> !p.contains("«") && phrases.stream().anyMatch(q -> q.startsWith(p + " «")));
        return List.copyOf(phrases);
    }

    public String text(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    public String text(MessageSourceResolvable message) {
        return messages.getMessage(message, locale());
    }

    private static Locale locale() {
        return Languages.supported(LocaleContextHolder.getLocale());
    }
}
