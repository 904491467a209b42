package ca.harbour.platform.web;

import java.util.Locale;

/** Harbour speaks English and French; anything else falls back to English. */
public final class Languages {

    private Languages() {}

    public static Locale supported(Locale requested) {
        if (requested != null && "fr".equals(requested.getLanguage())) {
            return Locale.FRENCH;
        }
        return Locale.ENGLISH;
    }
}
