package ca.harbour.portal;

import ca.harbour.platform.web.NavigationEntry;
import ca.harbour.platform.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's pages are open to anyone; the staff home heads the staff navigation. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {
    @Bean
    PublicPaths portalPublicPaths() {
        return PublicPaths.of("/", "/learn-the-signs", "/learn-the-signs/resources");
    }

    @Bean
    NavigationEntry staffHomeNavigation() {
        return NavigationEntry.to("/staff", "staff.home", 0);
    }
}
