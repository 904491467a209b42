package ca.harbour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's configuration table stays true: every setting of a settings record (as the configuration processor
 * lists them) has its row, named by its environment variable, with the record's default; and every row names a
 * setting that exists.
 */
class ConfigurationDocumentationTests {

    /** Settings for tests and the benchmark, not for operators. */
    private static final Set<String> NOT_FOR_OPERATORS =
            Set.of("harbour.database.ephemeral", "harbour.directory.demo-organizations");
    /** Rows of no settings record: the start script's, the keys (read apart, see CryptoConfiguration), the tests'. */
    private static final Set<String> OTHER_ROWS = Set.of(
            "HARBOUR_PROFILE",
            "HARBOUR_CRYPTO_KEYS",
            "HARBOUR_CRYPTO_ACTIVE_KEY",
            "HARBOUR_CRYPTO_LOOKUP_KEY",
            "HARBOUR_TEST_DATABASE_URL");
    /** Set through a placeholder of application.properties, whose variable the README names. */
    private static final Map<String, String> PLACEHOLDER_VARIABLES =
            Map.of("harbour.database.allow-embedded", "HARBOUR_ALLOW_EMBEDDED_DATABASE");

    private static final Pattern ROW = Pattern.compile("^\\| (`[A-Z_]+`(?:, `[A-Z_]+`)*) \\| ([^|]*) \\|");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(HARBOUR_[A-Z_]+):");

    @Test
    void everySettingHasItsReadmeRowWithItsDefaultAndEveryRowASetting() throws IOException {
        Map<String, String> rows = readmeRows();
        Set<String> settings = new HashSet<>(placeholders("application.properties"));
        for (JsonNode property : metadata().get("properties")) {
            String name = property.get("name").asString();
            if (!name.startsWith("harbour.") || NOT_FOR_OPERATORS.contains(name)) {
                continue;
            }
            String variable = PLACEHOLDER_VARIABLES.getOrDefault(
                    name, name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
            settings.add(variable);
            assertThat(rows).as("README row for %s", name).containsKey(variable);
            String documented = rows.get(variable);
            if (property.has("defaultValue") && documented.startsWith("`")) {
                assertThat(documented.substring(1, documented.indexOf('`', 1)))
                        .as("README default of %s", variable)
                        .isEqualTo(property.get("defaultValue").asString());
            }
        }
        for (String variable : rows.keySet()) {
            if (variable.startsWith("HARBOUR_") && !OTHER_ROWS.contains(variable)) {
                assertThat(settings)
                        .as("the setting the README's %s sets", variable)
                        .contains(variable);
            }
        }
    }

    private static Map<String, String> readmeRows() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                for (String variable : row.group(1).split(", ")) {
                    rows.put(variable.replace("`", ""), row.group(2).trim());
                }
            }
        }
        assertThat(rows).containsKeys("HARBOUR_DATA_DIR", "HARBOUR_ZONE");
        return rows;
    }

    private static JsonNode metadata() throws IOException {
        try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
            return JsonMapper.shared().readTree(in);
        }
    }

    private static Set<String> placeholders(String resource) throws IOException {
        Set<String> found = new HashSet<>();
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Matcher m = PLACEHOLDER.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}
