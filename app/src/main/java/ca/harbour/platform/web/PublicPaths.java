package ca.harbour.platform.web;

import java.util.List;

/**
 * URL patterns a module serves to anyone, without sign-in (Ant-style, such as {@code /find/**}).
 * Declared as beans by each module; the security configuration permits them all.
 */
public record PublicPaths(List<String> patterns) {
    public PublicPaths {
        patterns = List.copyOf(patterns);
    }

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
