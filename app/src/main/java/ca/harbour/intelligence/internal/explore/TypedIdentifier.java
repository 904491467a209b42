package ca.harbour.intelligence.internal.explore;

import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.linkage.normalize.EmailNormalizer;
import ca.harbour.linkage.normalize.PhoneNormalizer;
import ca.harbour.platform.domain.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An identifier as an analyst typed it, normalised the way the graph keys it: a phone in any written form to
 * E.164 through the linkage normaliser, an e-mail through its normaliser, a handle without its at sign and in
 * lower case.
 */
public record TypedIdentifier(EntityKind kind, String normalised) {

    /** The longest value accepted; anything longer is not an identifier. */
    public static final int MAX_LENGTH = 200;

    private static final PhoneNormalizer PHONES = new PhoneNormalizer("CA");
    private static final EmailNormalizer EMAILS = new EmailNormalizer();

    /** The value as {@code kind}, or the refusal naming {@code field} when it cannot be one. */
    public static TypedIdentifier of(EntityKind kind, @Nullable String raw, String field) {
        Optional<String> value = normalise(kind, raw);
        if (value.isEmpty()) {
            String key = "intelligence.explore.error." + kind.name().toLowerCase(Locale.ROOT);
            throw Rejection.of(key, Map.of(field, key)).exception();
        }
        return new TypedIdentifier(kind, value.get());
    }

    /** What a free search could mean, most likely first: a handle, an e-mail or a phone. */
    public static List<TypedIdentifier> candidates(@Nullable String raw) {
        List<TypedIdentifier> all = new ArrayList<>();
        if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) {
            return all;
        }
        if (raw.strip().startsWith("@")) {
            normalise(EntityKind.HANDLE, raw).ifPresent(h -> all.add(new TypedIdentifier(EntityKind.HANDLE, h)));
        }
        normalise(EntityKind.EMAIL, raw).ifPresent(e -> all.add(new TypedIdentifier(EntityKind.EMAIL, e)));
        normalise(EntityKind.PHONE, raw).ifPresent(p -> all.add(new TypedIdentifier(EntityKind.PHONE, p)));
        normalise(EntityKind.HANDLE, raw).ifPresent(h -> {
            TypedIdentifier handle = new TypedIdentifier(EntityKind.HANDLE, h);
            if (!all.contains(handle)) {
                all.add(handle);
            }
        });
        return all;
    }

    static Optional<String> normalise(EntityKind kind, @Nullable String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return switch (kind) {
            case PHONE -> Optional.ofNullable(PHONES.normalize(raw)).filter(p -> p.matches("\\+\\d{7,15}"));
            case EMAIL ->
                Optional.ofNullable(EMAILS.normalize(raw)).filter(e -> e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"));
            case HANDLE -> {
                String h = raw.strip().replaceFirst("^@+", "").toLowerCase(Locale.ROOT);
                yield h.isEmpty() || h.chars().anyMatch(Character::isWhitespace) ? Optional.empty() : Optional.of(h);
            }
            default -> Optional.empty();
        };
    }
}
