package ca.harbour.platform.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.HarbourApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production (no demo profile) does not quietly keep its data in the embedded database. */
class EmbeddedDatabaseRefusalTests {

    @Test
    void productionRefusesTheEmbeddedDatabaseUnlessAllowedAndSaysHow(@TempDir Path dir) {
        // as command-line arguments, which win over the machine's environment (HARBOUR_ALLOW_EMBEDDED_DATABASE)
        assertThatThrownBy(() -> new SpringApplicationBuilder(HarbourApplication.class)
                        .web(WebApplicationType.NONE)
                        .run(
                                "--spring.datasource.url=",
                                "--harbour.database.allow-embedded=false",
                                "--harbour.database.ephemeral=true",
                                "--harbour.data-dir=" + dir,
                                "--harbour.crypto.keys=prod1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                                "--harbour.crypto.lookup-key=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=")
                        .close())
                .hasMessageContaining("HARBOUR_ALLOW_EMBEDDED_DATABASE=true")
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }
}
