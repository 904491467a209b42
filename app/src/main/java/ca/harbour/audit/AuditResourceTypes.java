package ca.harbour.audit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link AuditResourceType} beans, by name. A name declared twice stops the application at
 * start-up. Immutable, so thread-safe.
 */
@Component
public class AuditResourceTypes {

    private final Map<String, AuditResourceType> byName = new LinkedHashMap<>();

    public AuditResourceTypes(List<AuditResourceType> contributed) {
        for (AuditResourceType type : contributed.stream()
                .sorted(Comparator.comparing(AuditResourceType::name))
                .toList()) {
            if (byName.putIfAbsent(type.name(), type) != null) {
                throw new IllegalStateException("Audit resource types conflict: " + type.name() + " is declared twice");
            }
        }
    }

    /** All of them, by name. */
    public List<AuditResourceType> all() {
        return List.copyOf(byName.values());
    }

    public Optional<AuditResourceType> named(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }
}
