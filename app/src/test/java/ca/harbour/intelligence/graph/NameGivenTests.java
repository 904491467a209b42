package ca.harbour.intelligence.graph;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intelligence.internal.graph.ResolutionSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only a capitalised first name after a cue is a name; a lower-case word or a common word never is. */
class NameGivenTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "i am worried about my sister",
                "I am available tonight",
                "I am Available tonight",
                "je suis disponible ce soir",
                "Je suis Disponible ce soir",
                "ask for jade"
            })
    void aWordThatIsNotANameGivesNoName(String text) {
        assertThat(ResolutionSources.nameIn(text)).isNull();
    }

    @Test
    void aNameAfterACueInAnyCaseIsFound() {
        assertThat(ResolutionSources.nameIn("Text anytime, ask for Jade.")).isEqualTo("jade");
        assertThat(ResolutionSources.nameIn("ASK FOR Jade")).isEqualTo("jade");
        assertThat(ResolutionSources.nameIn("Bonjour, je suis disponible, demandez Élodie"))
                .isEqualTo("élodie");
        // letters whose case pairs are not one to one: a long s and a Kelvin sign compare as s and k
        assertThat(ResolutionSources.nameIn("a\u017Fk for Jade")).isEqualTo("jade");
        assertThat(ResolutionSources.nameIn("as\u212A FOR Jade")).isEqualTo("jade");
        assertThat(ResolutionSources.nameIn("Call  me\tNora")).isNull();
        assertThat(ResolutionSources.nameIn("Call me\tNora")).isEqualTo("nora");
    }
}
