package ca.harbour.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A link a module adds to the staff navigation and, with a card text, to the staff home. Declared as beans
 * by each module, like {@link PublicPaths}; {@link Navigation} shows each viewer the entries whose
 * {@code visibleTo} accepts the viewer's authorities (permission strings such as {@code TIP:READ} and
 * {@code ROLE_} names). Immutable: the {@code with...} methods return a changed copy.
 *
 * @param labelKey message key of the link text
 * @param path where the link goes, inside the application
 * @param visibleTo whether a viewer with these authorities sees the entry
 * @param order place in the navigation, smallest first
 * @param inMenu whether the staff navigation shows it (false: staff home card only)
 * @param cardKey message key of the staff home card's text, or null for no card
 * @param accessKey the link's accesskey, or null
 * @param shortcut a key that opens the link from anywhere outside a text field, or null
 * @param landing authority to priority: a viewer holding the authority lands here after sign-in, the highest
 *     priority winning
 * @param countSource what the staff home card counts for its viewer (such as tasks overdue), or null for none
 */
public record NavigationEntry(
        String labelKey,
        String path,
        Predicate<Set<String>> visibleTo,
        int order,
        boolean inMenu,
        String cardKey,
        String accessKey,
        String shortcut,
        Map<String, Integer> landing,
        @Nullable CardCounts countSource) {

    public NavigationEntry {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a navigation path starts with /: " + path);
        }
        landing = Map.copyOf(landing);
    }

    /** A menu entry shown to every signed-in viewer, without card, accesskey or landing. */
    public static NavigationEntry to(String path, String labelKey, int order) {
        return new NavigationEntry(labelKey, path, authorities -> true, order, true, null, null, null, Map.of(), null);
    }

    /** Shown to viewers holding any one of {@code authorities}. */
    public NavigationEntry forAny(String... authorities) {
        List<String> needed = List.of(authorities);
        return visibleTo(held -> needed.stream().anyMatch(held::contains));
    }

    public NavigationEntry visibleTo(Predicate<Set<String>> rule) {
        return new NavigationEntry(
                labelKey, path, rule, order, inMenu, cardKey, accessKey, shortcut, landing, countSource);
    }

    public NavigationEntry withCard(String textKey) {
        return new NavigationEntry(
                labelKey, path, visibleTo, order, inMenu, textKey, accessKey, shortcut, landing, countSource);
    }

    /** A staff home card that the navigation does not list. */
    public NavigationEntry cardOnly(String textKey) {
        return new NavigationEntry(
                labelKey, path, visibleTo, order, false, textKey, accessKey, shortcut, landing, countSource);
    }

    public NavigationEntry withAccessKey(String key) {
        return new NavigationEntry(
                labelKey, path, visibleTo, order, inMenu, cardKey, key, shortcut, landing, countSource);
    }

    public NavigationEntry withShortcut(String key) {
        return new NavigationEntry(
                labelKey, path, visibleTo, order, inMenu, cardKey, accessKey, key, landing, countSource);
    }

    /** The card also shows these counts, worked out for each viewer when the staff home is shown. */
    public NavigationEntry withCounts(CardCounts counts) {
        return new NavigationEntry(
                labelKey, path, visibleTo, order, inMenu, cardKey, accessKey, shortcut, landing, counts);
    }

    /** The card's counts for the viewer of the current request; none when the entry counts nothing. */
    public List<CardCount> counts() {
        return countSource == null ? List.of() : List.copyOf(countSource.forCurrentViewer());
    }

    /** Viewers holding {@code authority} (such as {@code ROLE_ADVOCATE}) land here after sign-in. */
    public NavigationEntry landingFor(String authority, int priority) {
        Map<String, Integer> more = new HashMap<>(landing);
        more.put(authority, priority);
        return new NavigationEntry(
                labelKey, path, visibleTo, order, inMenu, cardKey, accessKey, shortcut, more, countSource);
    }
}
