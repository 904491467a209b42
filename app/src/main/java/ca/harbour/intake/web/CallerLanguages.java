package ca.harbour.intake.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The languages an advocate picks the caller's from, by name in the page's language, stored as ISO 639 codes
 * (639-1 where one exists, 639-3 otherwise: Mandarin and Cantonese are not one "Chinese"). Official languages come
 * first, then Indigenous languages spoken in Ontario, then the languages most spoken at home in Ontario.
 */
@Component
class CallerLanguages {

    static final List<String> OFFICIAL = List.of("en", "fr");
    static final List<String> INDIGENOUS = List.of("oj", "cr", "ojs", "iu", "moh", "one", "mic");
    static final List<String> OTHER = List.of(
            "ar", "cmn", "yue", "pa", "es", "tl", "pt", "it", "ur", "fa", "ta", "hi", "gu", "bn", "ru", "uk", "pl",
            "vi", "ko", "so", "ti", "am", "ht", "tr", "el", "de", "sw", "asl", "mis");

    private final MessageSource messages;

    CallerLanguages(MessageSource messages) {
        this.messages = messages;
    }

    /** One language as offered: its code and its name in the page's language. */
    record Choice(String code, String name) {}

    /** A labelled group of choices (an optgroup). */
    record Group(String labelKey, List<Choice> choices) {}

    boolean offered(String code) {
        return OFFICIAL.contains(code) || INDIGENOUS.contains(code) || OTHER.contains(code);
    }

    /**
     * The groups to choose from; a code stored before the list existed (or since dropped from it) is offered on its
     * own so that it still shows and a save keeps it.
     */
    List<Group> groups(Locale locale, String current) {
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("contact.languages.official", choices(OFFICIAL, locale, false)));
        groups.add(new Group("contact.languages.indigenous", choices(INDIGENOUS, locale, true)));
        groups.add(new Group("contact.languages.other", choices(OTHER, locale, true)));
        if (current != null && !current.isBlank() && !offered(current)) {
            groups.add(new Group("contact.languages.recorded", List.of(new Choice(current, name(current, locale)))));
        }
        return groups;
    }

    /** The language's name in the page's language, or its code when it has none here. */
    String name(String code, Locale locale) {
        return messages.getMessage("language." + code, null, code, locale);
    }

    private List<Choice> choices(List<String> codes, Locale locale, boolean sorted) {
        List<Choice> list =
                codes.stream().map(c -> new Choice(c, name(c, locale))).toList();
        if (!sorted) {
            return list;
        }
        Collator collator = Collator.getInstance(locale);
        // "another language" stays last whatever its name
        Comparator<Choice> order = Comparator.<Choice, Boolean>comparing(
                        c -> c.code().equals("mis"))
                .thenComparing(Choice::name, collator);
        return list.stream().sorted(order).toList();
    }
}
