package ca.harbour.cases.internal;

import java.util.List;
import java.util.stream.Stream;

/**
 * The languages a person may be recorded as speaking, as ISO 639 codes (639-1 where there is one, 639-3
 * otherwise), named through the shared {@code language.<code>} texts: Canada's official languages, Indigenous
 * languages spoken in Ontario, then the languages most often spoken at home in Ontario.
 */
public final class PersonLanguages {

    public static final List<String> OFFICIAL = List.of("en", "fr");
    public static final List<String> INDIGENOUS = List.of("oj", "cr", "ojs", "iu", "moh", "one", "mic");
    public static final List<String> OTHERS = List.of(
            "ar", "cmn", "yue", "pa", "es", "tl", "pt", "it", "ur", "fa", "ta", "hi", "gu", "bn", "ru", "uk", "pl",
            "vi", "ko", "so", "ti", "am", "ht", "tr", "el", "de", "sw", "asl", "mis");
    public static final List<String> ALL =
            Stream.of(OFFICIAL, INDIGENOUS, OTHERS).flatMap(List::stream).toList();

    private PersonLanguages() {}
}
