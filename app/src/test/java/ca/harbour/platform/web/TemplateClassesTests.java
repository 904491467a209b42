package ca.harbour.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A class named in a template but defined by no stylesheet the pages load is a bug (an unstyled button,
 * a grid that never lays out). Every class in a template's {@code class}, and every literal class that a
 * {@code th:class} or {@code th:classappend} can produce, must be defined in harbour.css or the vendored
 * Ontario Design System CSS. Scripts find elements by {@code data-*} attributes, never by class, so there
 * is no allow-list.
 */
class TemplateClassesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final List<Path> STYLESHEETS = List.of(
            Path.of("src/main/resources/static/css/harbour.css"),
            Path.of("src/main/resources/static/vendor/ontario-design-system/styles/css/compiled/ontario-theme.min.css"),
            Path.of("src/main/resources/static/vendor/ontario-design-system/components/ontario-components.css"));

    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("(?<![\\w:-])class\\s*=\\s*\"([^\"]*)\"");

    private static final Pattern THYMELEAF_CLASS = Pattern.compile("th:class(?:append)?\\s*=\\s*\"([^\"]*)\"");

    /** A literal a Thymeleaf expression yields: the operand of a condition ({@code ? 'a' : 'b'}). */
    private static final Pattern RESULT_LITERAL = Pattern.compile("[?:]\\s*'([^']*)'");

    private static final Pattern CSS_CLASS = Pattern.compile("\\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)");

    static Set<String> templateClasses(String html) {
        Set<String> found = new TreeSet<>();
        Matcher plain = CLASS_ATTRIBUTE.matcher(html);
        while (plain.find()) {
            words(plain.group(1), found);
        }
        Matcher dynamic = THYMELEAF_CLASS.matcher(html);
        while (dynamic.find()) {
            Matcher literal = RESULT_LITERAL.matcher(dynamic.group(1));
            while (literal.find()) {
                words(literal.group(1), found);
            }
        }
        return found;
    }

    private static void words(String value, Set<String> into) {
        for (String word : value.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                into.add(word);
            }
        }
    }

    /** The classes a stylesheet's selectors name; declarations, comments and url(...) are left out first. */
    static Set<String> definedClasses(String css) {
        String selectors = css.replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("url\\([^)]*\\)", "")
                .replaceAll("\"[^\"]*\"|'[^']*'", "")
                .replaceAll("\\{[^{}]*\\}", "{}");
        Set<String> found = new TreeSet<>();
        Matcher m = CSS_CLASS.matcher(selectors);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyClassATemplateNamesIsDefinedByAStylesheet() throws IOException {
        Set<String> defined = new TreeSet<>();
        for (Path css : STYLESHEETS) {
            defined.addAll(definedClasses(Files.readString(css, StandardCharsets.UTF_8)));
        }
        Map<String, Set<String>> missing = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template :
                    files.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (String name : templateClasses(Files.readString(template, StandardCharsets.UTF_8))) {
                    if (!defined.contains(name)) {
                        missing.computeIfAbsent(name, k -> new TreeSet<>())
                                .add(TEMPLATES.relativize(template).toString());
                    }
                }
            }
        }
        assertThat(missing)
                .as("classes named in templates (with where) that no stylesheet defines")
                .isEmpty();
    }

    @Test
    void theCheckReadsPlainAndConditionalClassesButNotMapKeys() {
        String html =
                "<div class=\"card  card--wide\" th:classappend=\"${errors.containsKey('summary')} ? 'has-error'\">"
                        + "<span th:class=\"${on} ? 'status' : 'status status--off'\"></span><a data-class=\"x\"></a></div>";
        assertThat(templateClasses(html)).containsExactly("card", "card--wide", "has-error", "status", "status--off");
    }

    @Test
    void theCheckReadsSelectorsNotDeclarations() {
        String css = "/* .commented */ .a, .b:hover > .c { margin: .5rem; background: url(x.svg#.icon) }"
                + " @media (min-width: 40em) { .d { font-family: 'x.y' } }";
        assertThat(definedClasses(css)).containsExactly("a", "b", "c", "d");
    }
}
