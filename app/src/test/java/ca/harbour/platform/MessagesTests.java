package ca.harbour.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing string exists in English and French, in every bundle ({@code messages} and each
 * module's {@code <module>-messages}), and every key the code names exists in one of them.
 */
class MessagesTests {

    private static final Path MAIN = Path.of("src/main");

    private static final Path RESOURCES = Path.of("src/main/resources");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The English bundles: messages.properties and every *-messages.properties. */
    private static java.util.List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.equals("messages.properties") || n.endsWith("-messages.properties")).sorted().toList();
        }
    }

    private static Properties all(boolean french) throws IOException {
        Properties merged = new Properties();
        for (String bundle : bundles()) {
            Properties p = load(french ? bundle.replace(".properties", "_fr.properties") : bundle);
            for (String key : p.stringPropertyNames()) {
                assertThat(merged.containsKey(key)).as("key %s is defined in two bundles", key).isFalse();
                merged.setProperty(key, p.getProperty(key));
            }
        }
        return merged;
    }

    @Test
    void everyBundleIsListedInTheApplicationsMessageSource() throws IOException {
        Properties app = load("application.properties");
        for (String bundle : bundles()) {
            assertThat(app.getProperty("spring.messages.basename")).contains(bundle.replace(".properties", ""));
        }
    }

    @Test
    void englishAndFrenchHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties en = all(false);
        Properties fr = all(true);
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        en.forEach((k, v) -> assertThat(v.toString()).as("English %s", k).isNotBlank());
        fr.forEach((k, v) -> assertThat(v.toString()).as("French %s", k).isNotBlank());
    }

    @Test
    void frenchTextsAreNotLeftInEnglish() throws IOException {
        Properties en = all(false);
        Properties fr = all(true);
        Set<String> same = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String text = en.getProperty(key);
            if (text.equals(fr.getProperty(key)) && text.matches(".*[a-z]{4,} [a-z]{3,}.*")) {
                same.add(key);
            }
        }
        assertThat(same).as("keys whose French is the English text").isEmpty();
    }

    @Test
    void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
        Properties en = all(false);
        Set<String> missing = new TreeSet<>();
        Pattern template = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
        Pattern code = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9]+){1,3})\"");
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (!name.endsWith(".html") && !name.endsWith(".java")) {
                    continue;
                }
                String text = Files.readString(file);
                Matcher m = (name.endsWith(".html") ? template : code).matcher(text);
                while (m.find()) {
                    String key = m.group(1);
                    boolean looksLikeKey = name.endsWith(".html")
                            || key.matches("(error|password|verify|signin|user|organization|form)\\..+");
                    if (looksLikeKey && !en.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
