package ca.harbour;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Harbour: one process, one module per capability (see docs and ARCHITECTURE). */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "platform")
public class HarbourApplication {

    public static void main(String[] args) {
        SpringApplication.run(HarbourApplication.class, args);
    }
}
