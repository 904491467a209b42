package ca.harbour.platform.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link NavigationEntry} beans in one order, and what a given viewer sees of them. A
 * second entry for the same path, or two entries sharing an accesskey or shortcut, stop the application
 * at start-up. Immutable, so thread-safe.
 */
@Component
public class Navigation {

    private final List<NavigationEntry> entries;

    public Navigation(List<NavigationEntry> contributed) {
        entries = contributed.stream()
                .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::path))
                .toList();
        Map<String, String> taken = new HashMap<>();
        for (NavigationEntry e : entries) {
            claim(taken, "path " + e.path(), e);
            if (e.accessKey() != null) {
                claim(taken, "accesskey " + e.accessKey(), e);
            }
            if (e.shortcut() != null) {
                claim(taken, "shortcut " + e.shortcut(), e);
            }
        }
    }

    private static void claim(Map<String, String> taken, String what, NavigationEntry e) {
        String first = taken.putIfAbsent(what, e.labelKey());
        if (first != null) {
            throw new IllegalStateException(
                    "Navigation entries conflict: " + first + " and " + e.labelKey() + " both use " + what);
        }
    }

    /** Every entry, in order, whoever may see it. */
    public List<NavigationEntry> all() {
        return entries;
    }

    /** The entries a viewer with these authorities sees, in order (menu and card entries alike). */
    public List<NavigationEntry> visibleTo(Set<String> authorities) {
        return entries.stream().filter(e -> e.visibleTo().test(authorities)).toList();
    }

    /** Where a viewer with these authorities starts: the visible entry that claims them most strongly. */
    public Optional<String> landingFor(Set<String> authorities) {
        String best = null;
        int priority = Integer.MIN_VALUE;
        for (NavigationEntry e : visibleTo(authorities)) {
            for (Map.Entry<String, Integer> claim : e.landing().entrySet()) {
                if (authorities.contains(claim.getKey()) && claim.getValue() > priority) {
                    best = e.path();
                    priority = claim.getValue();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
