package ca.harbour.intelligence.internal.synthetic;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A planted network: who posts its ads (phones, e-mail, handle), the text template they reuse, the cities they move
 * through and when, and how many ads they post.
 */
record PlantedNetwork(
        int id,
        int size,
        String name,
        List<String> phones,
        List<PhoneStyle> styles,
        @Nullable String email,
        @Nullable String handle,
        String title,
        List<String> template,
        List<String> route,
        List<String> sites,
        List<String> images,
        Instant start,
        long durationSeconds,
        int price,
        boolean minor) {

    /** The phone used by the {@code k}-th ad: the network changes phone as weeks go by. */
    int phoneOf(int k) {
        return (int) ((long) k * phones.size() / size);
    }

    /** The city of the {@code k}-th ad: the network moves along its route over time. */
    String cityOf(int k) {
        return route.get((int) ((long) k * route.size() / size));
    }

    Instant postedAt(int k) {
        return start.plusSeconds(size == 1 ? 0 : durationSeconds * k / (size - 1));
    }
}
