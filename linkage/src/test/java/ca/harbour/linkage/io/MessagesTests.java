package ca.harbour.linkage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTests {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyTextExistsInEnglishAndFrenchWithTheSameArguments() throws IOException {
        Properties en = load("messages.properties");
        Properties fr = load("messages_fr.properties");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            Object[] args = {"A0", "A1", "A2", "A3", "A4", "A5"};
            String e = Messages.text(Locale.ENGLISH, key, args);
            String f = Messages.text(Locale.CANADA_FRENCH, key, args);
            for (int i = 0; i < args.length; i++) {
                // an argument a text uses in one language it uses in the other
                assertThat(f.contains("A" + i)).as(key + " uses {" + i + "}").isEqualTo(e.contains("A" + i));
            }
            assertThat(e).as(key).doesNotContain("{").doesNotContain("}");
            assertThat(f).as(key).doesNotContain("{").doesNotContain("}");
        }
    }

    @Test
    void aProblemNamesItsPlaceInEitherLanguage() {
        LinkageInputException e = LinkageInputException.at("people.csv", 7, "dob", "truth.notNumber", "x1");
        assertThat(e.getMessage()).isEqualTo("people.csv, row 7, column 'dob': not a number: 'x1'");
        assertThat(e.message(Locale.FRENCH))
                .isEqualTo(
                        "people.csv, ligne 7, colonne «\u00a0dob\u00a0»\u00a0: pas un nombre\u00a0: «\u00a0x1\u00a0»");
        LinkageInputException nested =
                LinkageInputException.of("description.invalid", LinkageInputException.of("json.end"));
        assertThat(nested.message(Locale.FRENCH))
                .isEqualTo("description du jeu de données invalide\u00a0: fin de texte inattendue");
    }
}
