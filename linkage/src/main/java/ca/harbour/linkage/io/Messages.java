package ca.harbour.linkage.io;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The linkage module's user-facing texts, in English (the base bundle) and French
 * ({@code ca/harbour/linkage/io/messages*.properties}): error messages and the command line's help and
 * summaries. A locale with no bundle of its own gets English; the JVM's default locale is never consulted
 * behind the caller's back.
 */
public final class Messages {
    private static final String BUNDLE = "ca.harbour.linkage.io.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /**
     * The text of {@code key} in {@code locale}, its {@code {0}}… filled with {@code args}: a
     * {@link LinkageInputException} among them is written in the same locale, anything else as its string.
     */
    public static String text(Locale locale, String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        if (args.length == 0) {
            // most texts (the help's) have no arguments: no MessageFormat to build on every run
            return pattern.replace("''", "'");
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof LinkageInputException e ? e.message(locale) : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
