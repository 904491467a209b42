package ca.harbour.intelligence.internal.ads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why an ad carries a flag: the indicator words that triggered it (a flag of one ad's text) or the numbers behind a
 * {@link CrossAdFlag}, in the alphabetical order of their names, as its message expects them.
 */
public record FlagEvidence(List<String> words, List<Long> numbers) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public FlagEvidence {
        words = List.copyOf(words);
        numbers = List.copyOf(numbers);
    }

    /**
     * The evidence of each flag in an ad's {@code flag_evidence} JSON: words from an array, whole numbers from an
     * object; anything else in it is left out, and JSON that cannot be read is no evidence.
     */
    public static Map<String, FlagEvidence> parse(String json) {
        Map<String, FlagEvidence> out = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            return out;
        }
        for (Map.Entry<String, JsonNode> flag : root.properties()) {
            List<String> words = new ArrayList<>();
            Map<String, Long> named = new TreeMap<>();
            JsonNode value = flag.getValue();
            if (value.isArray()) {
                value.forEach(w -> {
                    if (w.isString()) {
                        words.add(w.asString());
                    }
                });
            } else if (value.isObject()) {
                value.properties().forEach(n -> {
                    if (n.getValue().isIntegralNumber() && n.getValue().canConvertToLong()) {
                        named.put(n.getKey(), n.getValue().asLong());
                    }
                });
            }
            out.put(flag.getKey(), new FlagEvidence(words, new ArrayList<>(named.values())));
        }
        return out;
    }

    /** The numbers as message arguments. */
    public Object[] arguments() {
        return numbers.toArray();
    }
}
