package ca.harbour.portal;

import ca.harbour.platform.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's pages are open to anyone. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {
    @Bean
    PublicPaths portalPublicPaths() {
        return PublicPaths.of("/", "/learn-the-signs");
    }
}
