package ca.harbour.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing string exists in English and French: each module's bundle
 * ({@code i18n/<module>/messages.properties} and {@code messages_fr.properties}, found the way the
 * application finds them) has the same keys in both languages, and every key a template or Java file of any
 * module names exists.
 */
class MessagesTests {

    private static final Path MAIN = Path.of("src/main");
    private static final Path BUNDLES = MAIN.resolve("resources/i18n");
    /** A message key as written in a template: {@code #{staff.home}} or {@code #{staff.welcome(...)}}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    /** A string literal shaped like a message key: dotted words, no underscores (those name columns). */
    private static final Pattern CODE_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** Literals that name something other than a text: a crypto context or session attribute held in a constant. */
    private static final Pattern CONSTANT = Pattern.compile("static final String \\w+ = \"([^\"]+)\"");
    /** ... or an audit resource type. */
    private static final Pattern AUDIT_TYPE = Pattern.compile("AuditResourceType\\.of\\(\"([^\"]+)\"");

    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(csv|json|txt|gz|properties|conf|pid)");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Each module's folder under {@code i18n/}. */
    private static List<Path> modules() throws IOException {
        try (Stream<Path> dirs = Files.list(BUNDLES)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Properties all(boolean french) throws IOException {
        Properties merged = new Properties();
        for (Path module : modules()) {
            Properties p = load(module.resolve(french ? "messages_fr.properties" : "messages.properties"));
            for (String key : p.stringPropertyNames()) {
                assertThat(merged.containsKey(key))
                        .as("key %s is defined in two bundles", key)
                        .isFalse();
                merged.setProperty(key, p.getProperty(key));
            }
        }
        return merged;
    }

    private static List<Path> sources(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(suffix))
                    .toList();
        }
    }

    @Test
    void everyModuleBundleHasBothLanguagesWithTheSameKeysAndNoEmptyText() throws IOException {
        assertThat(modules())
                .extracting(m -> m.getFileName().toString())
                .contains("platform", "identity", "audit", "portal", "intake", "screening", "directory");
        for (Path module : modules()) {
            Properties en = load(module.resolve("messages.properties"));
            Properties fr = load(module.resolve("messages_fr.properties"));
            assertThat(fr.stringPropertyNames())
                    .as("French keys of %s", module.getFileName())
                    .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
            en.forEach((k, v) -> assertThat(v.toString()).as("English %s", k).isNotBlank());
            fr.forEach((k, v) -> assertThat(v.toString()).as("French %s", k).isNotBlank());
        }
        assertThat(Files.exists(MAIN.resolve("resources/messages.properties")))
                .as("no bundle outside i18n/")
                .isFalse();
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
    void everyKeyNamedInTemplatesExists() throws IOException {
        Properties en = all(false);
        Set<String> missing = new TreeSet<>();
        for (Path file : sources(".html")) {
            Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
            while (m.find()) {
                if (!en.containsKey(m.group(1))) {
                    missing.add(m.group(1) + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * A Java literal is taken for a key when it starts like the keys of some bundle ({@code queue.},
     * {@code directory.}, ...); it must then be a key, or the start of a family of keys that code completes.
     */
    @Test
    void everyKeyNamedInJavaExists() throws IOException {
        Properties en = all(false);
        Set<String> keys = en.stringPropertyNames();
        Set<String> firstWords = keys.stream()
                .map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toSet());
        List<Path> java = sources(".java");
        Set<String> notTexts = new HashSet<>();
        for (Path file : java) {
            String text = Files.readString(file);
            for (Pattern p : List.of(CONSTANT, AUDIT_TYPE)) {
                p.matcher(text).results().forEach(r -> notTexts.add(r.group(1)));
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Path file : java) {
            Matcher m = CODE_KEY.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                boolean looksLikeKey = firstWords.contains(key.substring(0, key.indexOf('.')))
                        && !notTexts.contains(key)
                        && !FILE_NAME.matcher(key).matches();
                if (looksLikeKey && !keys.contains(key) && keys.stream().noneMatch(k -> k.startsWith(key + "."))) {
                    missing.add(key + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
