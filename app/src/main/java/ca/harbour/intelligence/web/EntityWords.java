package ca.harbour.intelligence.web;

import ca.harbour.intelligence.internal.explore.Connections.Connection;
import ca.harbour.intelligence.internal.explore.Connections.Summary;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.LinkKind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words of the entity pages, as {@code ${entityWords...}} in templates: an entity's summary sentence with
 * plurals, and a link's evidence explained from its codes and numbers.
 */
@Component("entityWords")
public class EntityWords {

    static final ZoneId ZONE = ZoneId.of("America/Toronto");

    /** The pieces of evidence a link may hold, in the order they are told. */
    private static final List<String> EVIDENCE_ORDER =
            List.of("where", "how", "source", "jaccard", "sharedBands", "fields", "weight", "probability");

    /** The fields of entity resolution in the order they are told (the database keeps its own key order). */
    private static final List<String> FIELD_ORDER = List.of("phone", "email", "handle", "name", "city");

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    EntityWords(MessageSource messages) {
        this.messages = messages;
    }

    /** "This phone appears in 14 ads in 3 cities and 2 tips since March 2026", in the page's language. */
    public String summary(EntityKind kind, Summary s) {
        Locale locale = LocaleContextHolder.getLocale();
        String subject = text("intelligence.explore.this." + kind.name());
        if (s.capped()) {
            return messages.getMessage(
                    "intelligence.explore.summaryCapped", new Object[] {subject, s.ads(), s.tips()}, locale);
        }
        String sentence = messages.getMessage(
                "intelligence.explore.summary", new Object[] {subject, s.ads(), s.cities(), s.tips()}, locale);
        if (s.since() == null) {
            return sentence + ".";
        }
        return messages.getMessage(
                "intelligence.explore.summarySince", new Object[] {sentence, month(s.since())}, locale);
    }

    /** The month and year of an instant in Ontario ("March 2026", "mars 2026"). */
    public String month(Instant instant) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", LocaleContextHolder.getLocale())
                .format(instant.atZone(ZONE));
    }

    /** How two entities are linked, in words: the kind of link, its score and each piece of its evidence. */
    public String evidence(Connection c) {
        return evidence(c.link(), c.outgoing(), c.score(), c.evidence());
    }

    /** The same for a link seen from neither end ({@code outgoing} null), as the network's table of links lists it. */
    public String evidence(
            LinkKind link, @Nullable Boolean outgoing, @Nullable Double score, @Nullable String evidenceJson) {
        List<String> parts = new ArrayList<>();
        String key = "intelligence.explore.link." + link.name()
                + (link == LinkKind.MENTIONS && outgoing != null ? outgoing ? ".out" : ".in" : "");
        parts.add(messages.getMessage(key, new Object[] {percent(score)}, LocaleContextHolder.getLocale()));
        Map<String, Object> codes = codes(evidenceJson);
        for (String name : EVIDENCE_ORDER) {
            String words = words(name, codes.get(name), codes);
            if (words != null && !words.isBlank()) {
                parts.add(words);
            }
        }
        return String.join("; ", parts);
    }

    /** One piece of evidence in words, or null for a piece said with another or not known (never a raw code). */
    private @Nullable String words(String name, @Nullable Object value, Map<String, Object> all) {
        Locale locale = LocaleContextHolder.getLocale();
        return switch (name) {
            case "where", "how", "source" ->
                value == null
                        ? null
                        : messages.getMessage(
                                "intelligence.explore.evidence." + name + "." + value, null, null, locale);
            case "jaccard" ->
                value instanceof Number n
                        ? messages.getMessage(
                                "intelligence.explore.evidence.jaccard",
                                new Object[] {percent(n.doubleValue())},
                                locale)
                        : null;
            case "sharedBands" ->
                value instanceof Number n
                        ? messages.getMessage(
                                "intelligence.explore.evidence.sharedBands", new Object[] {n.intValue()}, locale)
                        : null;
            case "fields" -> value instanceof Map<?, ?> fields ? fields(fields, locale) : null;
            case "weight" ->
                value instanceof Number w
                        ? all.get("probability") instanceof Number p
                                ? messages.getMessage(
                                        "intelligence.explore.evidence.weightProbability",
                                        new Object[] {w.doubleValue(), p.doubleValue()},
                                        locale)
                                : messages.getMessage(
                                        "intelligence.explore.evidence.weight", new Object[] {w.doubleValue()}, locale)
                        : null;
            case "probability" ->
                value instanceof Number p && !(all.get("weight") instanceof Number)
                        ? messages.getMessage(
                                "intelligence.explore.evidence.probability", new Object[] {p.doubleValue()}, locale)
                        : null;
            default -> null;
        };
    }

    /** How each field of two records agreed, in words: the phone agrees exactly and the city differs, for instance. */
    private @Nullable String fields(Map<?, ?> fields, Locale locale) {
        List<String> said = new ArrayList<>();
        for (String name : FIELD_ORDER) {
            Object level = fields.get(name);
            String field = messages.getMessage("intelligence.explore.evidence.field." + name, null, null, locale);
            if (level == null || field == null) {
                continue;
            }
            String agreement = messages.getMessage(
                    "intelligence.explore.evidence.level." + level, new Object[] {field}, null, locale);
            if (agreement != null) {
                said.add(agreement);
            }
        }
        return said.isEmpty() ? null : String.join(", ", said);
    }

    private static int percent(@Nullable Double score) {
        if (score == null) {
            return 100;
        }
        return (int) Math.round(score <= 1 ? score * 100 : score);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> codes(@Nullable String evidenceJson) {
        if (evidenceJson == null || evidenceJson.isBlank()) {
            return Map.of();
        }
        try {
            Object parsed = json.readValue(evidenceJson, Object.class);
            return parsed instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (JacksonException e) {
            return Map.of();
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
