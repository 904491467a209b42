package ca.harbour.cases.internal.work;

import ca.harbour.platform.domain.Rejection;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One needs assessment of a case: when, by whom, and each domain's level with a note. */
public record NeedsAssessment(
        UUID id, Instant assessedAt, @Nullable UUID assessedBy, String assessedByName, List<Need> needs) {

    static final int NOTE_MAX = 2000;

    /** One domain's level and note. */
    public record Need(NeedDomain domain, NeedLevel level, String note) {}

    public NeedsAssessment {
        needs = List.copyOf(needs);
    }

    public Optional<Need> of(NeedDomain domain) {
        return needs.stream().filter(n -> n.domain() == domain).findFirst();
    }

    public long pressing() {
        return needs.stream().filter(n -> n.level().pressing()).count();
    }

    /**
     * The needs of a new assessment, from each domain's level code and note as they were sent (a domain not sent
     * is NONE); refuses an unknown level or a note that is too long, naming the domain's field
     * ({@code level-HOUSING}, {@code note-HOUSING}).
     */
    public static List<Need> read(Map<String, String> levels, Map<String, String> notes) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String name : concat(levels, notes)) {
            if (Arrays.stream(NeedDomain.values()).noneMatch(d -> d.name().equals(name))) {
                throw Rejection.of("cases.work.needs.error.domain").exception();
            }
        }
        Map<NeedDomain, Need> needs = new EnumMap<>(NeedDomain.class);
        for (NeedDomain domain : NeedDomain.values()) {
            String code = levels.get(domain.name());
            NeedLevel level = NeedLevel.NONE;
            if (code != null && !code.isBlank()) {
                try {
                    level = NeedLevel.valueOf(code.strip());
                } catch (IllegalArgumentException e) {
                    errors.put("level-" + domain, "cases.work.needs.error.level");
                }
            }
            String sent = notes.get(domain.name());
            String note = sent == null ? "" : sent.strip();
            if (note.length() > NOTE_MAX) {
                errors.put("note-" + domain, "cases.work.needs.error.note");
            }
            needs.put(domain, new Need(domain, level, note));
        }
        if (!errors.isEmpty()) {
            throw Rejection.of("error.validation", errors).exception();
        }
        return List.copyOf(needs.values());
    }

    private static Set<String> concat(Map<String, String> a, Map<String, String> b) {
        Set<String> names = new HashSet<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }
}
