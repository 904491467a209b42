package ca.harbour.directory.web;

import ca.harbour.directory.internal.DirectoryEditing;
import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.DirectoryService.Hours;
import ca.harbour.directory.internal.DirectoryService.Language;
import ca.harbour.directory.internal.DirectoryService.Phone;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.ServiceRules;
import ca.harbour.directory.internal.Term;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Checks a {@link ServiceEditForm} against one service: every problem is reported against the
 * field (its element id) with a message to translate, and {@link #details()} is only built when
 * there is none, so an invalid form never changes anything. Locations are checked by
 * {@link SiteRows}. Not thread-safe; one per request.
 */
final class ServiceEditCheck {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    /** HH:MM as people and browsers write it; seconds, as some imported schedules have them, are dropped. */
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])(?::[0-5][0-9])?");

    private static final Pattern POSTAL_CODE =
            Pattern.compile("([ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z]) ?([0-9][ABCEGHJ-NPRSTV-Z][0-9])");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+0-9 ().-]{7,30}");

    private final ServiceEditForm form;
    private final DirectoryService service;
    private final Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();

    ServiceEditCheck(ServiceEditForm form, DirectoryService service) {
        this.form = form;
        this.service = service;
    }

    Map<String, MessageSourceResolvable> errors() {
        return errors;
    }

    void reject(String field, String key, Object... args) {
        errors.putIfAbsent(field, new DefaultMessageSourceResolvable(new String[] {key}, args));
    }

    /** The checked details, or empty when anything is wrong (see {@link #errors()}). */
    Optional<DirectoryEditing.Details> details(
            List<Term> taxonomy, Function<String, String> languageName, Places places) {
        ServiceEditForm.TEXTS.forEach((field, max) -> {
            if (form.text(field).strip().length() > max) {
                reject(field, "directory.edit.error.tooLong", max);
            }
        });
        if (form.text("name").isBlank()) {
            reject("name", "directory.edit.error.name");
        }
        Integer min = age("minimumAge");
        Integer max = age("maximumAge");
        if (min != null && max != null && min > max) {
            reject("maximumAge", "directory.edit.error.ageOrder");
        }
        String gender = form.text("gender").isBlank() ? "any" : form.text("gender");
        if (!ServiceRules.gender(gender)) {
            reject("gender", "directory.error.gender");
        }
        String email = optional("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            reject("email", "directory.edit.error.email");
        }
        String url = optional("url");
        if (url != null && !webAddress(url)) {
            reject("url", "directory.edit.error.url");
        }
        List<Language> languages = languages(languageName);
        List<Term> terms = terms(taxonomy);
        List<Phone> phones = phones();
        List<Hours> hours = form.open247()
                ? List.of(new Hours(
                        null, String.join(",", ServiceEditForm.DAYS), LocalTime.MIDNIGHT, LocalTime.of(23, 59), null))
                : hours();
        List<DirectoryService.Site> sites = SiteRows.sites(form, service, places, this);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DirectoryEditing.Details(
                optional("name"),
                optional("nameFr"),
                form.text("description").strip(),
                optional("descriptionFr"),
                optional("applicationProcess"),
                optional("applicationProcessFr"),
                optional("eligibilityDescription"),
                min,
                max,
                gender,
                email,
                url,
                languages,
                terms,
                phones,
                form.open247(),
                hours,
                sites,
                form.confidentialLocation()));
    }

    private String optional(String field) {
        String v = form.text(field).strip();
        return v.isEmpty() ? null : v;
    }

    private Integer age(String field) {
        String v = optional(field);
        if (v == null) {
            return null;
        }
        if (v.matches("[0-9]{1,3}") && ServiceRules.age(Integer.parseInt(v))) {
            return Integer.parseInt(v);
        }
        reject(field, "directory.error.age");
        return null;
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Languages from Harbour's list, or ones the service already had (an import may bring others), kept as they were named. */
    private List<Language> languages(Function<String, String> languageName) {
        List<Language> out = new ArrayList<>();
        for (String code : form.languages().stream().distinct().toList()) {
            String name = DirectoryView.LANGUAGES.contains(code)
                    ? languageName.apply(code)
                    : service.languages().stream()
                            .filter(l -> l.code().equals(code))
                            .map(Language::name)
                            .findFirst()
                            .orElse(null);
            if (name == null) {
                reject("languages", "directory.error.language");
            } else {
                out.add(new Language(UUID.randomUUID(), code, name));
            }
        }
        return out;
    }

    private List<Term> terms(List<Term> taxonomy) {
        List<Term> out = new ArrayList<>();
        for (String id : form.terms().stream().distinct().toList()) {
            Optional<Term> term =
                    taxonomy.stream().filter(t -> t.id().toString().equals(id)).findFirst();
            term.ifPresentOrElse(out::add, () -> reject("terms", "directory.error.need"));
        }
        return out;
    }

    private List<Phone> phones() {
        if (form.phones().size() > ServiceEditForm.MAX_ROWS) {
            reject("phones", "directory.edit.error.tooManyPhones", ServiceEditForm.MAX_ROWS);
        }
        List<Phone> out = new ArrayList<>();
        for (int i = 0; i < form.phones().size(); i++) {
            ServiceEditForm.PhoneRow row = form.phones().get(i);
            if (row.remove() || row.blank()) {
                continue;
            }
            String number = row.number().strip();
            String extension = row.extension().strip();
            String description = row.description().strip();
            if (number.isEmpty()) {
                reject("phoneNumber-" + i, "directory.edit.error.phoneNeedsNumber");
            } else if (!possiblePhone(number)) {
                reject("phoneNumber-" + i, "directory.edit.error.phone");
            }
            if (!extension.isEmpty() && !extension.matches("[0-9]{1,10}")) {
                reject("phoneExtension-" + i, "directory.edit.error.extension");
            }
            if (!ServiceEditForm.PHONE_TYPES.contains(row.type())) {
                reject("phoneType-" + i, "directory.edit.error.phoneType");
            }
            if (description.length() > ServiceRules.PHONE_DESCRIPTION) {
                reject("phoneDescription-" + i, "directory.edit.error.tooLong", ServiceRules.PHONE_DESCRIPTION);
            }
            UUID id = service.phones().stream()
                    .map(Phone::id)
                    .filter(x -> x.toString().equals(row.id()))
                    .findFirst()
                    .orElse(null);
            out.add(new Phone(
                    id,
                    number,
                    extension.isEmpty() ? null : extension,
                    row.type(),
                    description.isEmpty() ? null : description));
        }
        return out;
    }

    /**
     * Digits and the usual punctuation, and a length some country's numbers can have (North America by
     * default); or a three-digit N11 service number such as 211, which Ontario's community helpline uses.
     */
    static boolean possiblePhone(String number) {
        if (number.matches("[2-9]11")) {
            return true;
        }
        if (!PHONE_CHARACTERS.matcher(number).matches()) {
            return false;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return util.isPossibleNumber(util.parse(number, "CA"));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** One row per distinct opening time, its days in week order; days left empty are closed. */
    private List<Hours> hours() {
        Map<List<LocalTime>, List<String>> daysByTimes = new LinkedHashMap<>();
        for (String day : ServiceEditForm.DAYS) {
            LocalTime opens = time("opens-" + day, form.opens().get(day));
            LocalTime closes = time("closes-" + day, form.closes().get(day));
            boolean hasOpens = !ServiceEditForm.isBlank(form.opens().get(day));
            boolean hasCloses = !ServiceEditForm.isBlank(form.closes().get(day));
            if (hasOpens != hasCloses) {
                reject(hasOpens ? "closes-" + day : "opens-" + day, "directory.edit.error.bothTimes");
            } else if (opens != null && closes != null) {
                if (!closes.isAfter(opens)) {
                    reject("closes-" + day, "directory.edit.error.closeBeforeOpen");
                } else {
                    daysByTimes
                            .computeIfAbsent(List.of(opens, closes), k -> new ArrayList<>())
                            .add(day);
                }
            }
        }
        List<Hours> out = new ArrayList<>();
        daysByTimes.forEach(
                (times, days) -> out.add(new Hours(null, String.join(",", days), times.get(0), times.get(1), null)));
        return out;
    }

    private LocalTime time(String field, String value) {
        if (ServiceEditForm.isBlank(value)) {
            return null;
        }
        Matcher m = TIME.matcher(value.strip());
        if (!m.matches()) {
            reject(field, "directory.error.time");
            return null;
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** A Canadian postal code in its written form (A1A 1A1), or null if it is not one. */
    static String postalCode(String value) {
        Matcher m = POSTAL_CODE.matcher(value.strip().toUpperCase(Locale.ROOT));
        return m.matches() ? m.group(1) + " " + m.group(2) : null;
    }
}
