package ca.harbour.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The application's texts: every module keeps its own bundle at {@code i18n/<module>/messages.properties}
 * (English) and {@code messages_fr.properties} (French), found on the class path at start-up, so adding a
 * module adds its texts without a central list. UTF-8; a missing French text falls back to the English
 * bundle, never to the server's locale.
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    static final String PATTERN = "classpath*:i18n/*/messages.properties";
    private static final Pattern MODULE = Pattern.compile(".*/i18n/([a-z][a-z0-9_-]*)/messages\\.properties$");

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** {@code i18n/<module>/messages} for every module bundle on the class path, sorted. */
    static String[] basenames() {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(MessageBundles.class.getClassLoader())
                    .getResources(PATTERN)) {
                Matcher m = MODULE.matcher(r.getURL().toString());
                if (m.matches()) {
                    names.add("i18n/" + m.group(1) + "/messages");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the message bundles", e);
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("no message bundle found at " + PATTERN);
        }
        return names.toArray(String[]::new);
    }
}
