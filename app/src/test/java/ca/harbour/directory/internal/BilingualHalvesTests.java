package ca.harbour.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "English / Français" texts show the page's half; an English or French text with a slash in it stays whole. */
class BilingualHalvesTests {

    @Test
    void aTextWrittenInBothLanguagesShowsThePagesHalf() {
        String name = "Victim Services Toronto / Services aux victimes de Toronto";
        assertThat(DirectoryService.half(name, false)).isEqualTo("Victim Services Toronto");
        assertThat(DirectoryService.half(name, true)).isEqualTo("Services aux victimes de Toronto");
        assertThat(DirectoryService.half("Step-free entrance / Entrée sans marche", true))
                .isEqualTo("Entrée sans marche");
        String accessible = "Entrance has two steps; call ahead for the side door. / Deux marches à l'entrée; appelez"
                + " avant de venir pour entrer par la porte de côté.";
        assertThat(DirectoryService.half(accessible, true)).startsWith("Deux marches");
        assertThat(DirectoryService.half(
                        "Demo Val Thérèse Legal Clinic / Clinique juridique de Val Thérèse (démo)", true))
                .isEqualTo("Clinique juridique de Val Thérèse (démo)");
    }

    @Test
    void aTextWithASlashInOneLanguageIsShownWhole() {
        assertThat(DirectoryService.half("Food / Clothing Bank", false)).isEqualTo("Food / Clothing Bank");
        assertThat(DirectoryService.half("Food / Clothing Bank", true)).isEqualTo("Food / Clothing Bank");
        assertThat(DirectoryService.half("Men / Women / Youth", true)).isEqualTo("Men / Women / Youth");
        assertThat(DirectoryService.half("Shelter", true)).isEqualTo("Shelter");
        assertThat(DirectoryService.half(null, true)).isNull();
    }
}
