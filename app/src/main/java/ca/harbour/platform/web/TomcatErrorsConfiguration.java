package ca.harbour.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What answers a request Harbour cannot read: Harbour's error page in every case, never Tomcat's report,
 * and logs that name no value from the request.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorsConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> harbourErrorReportValve(MessageSource messages) {
        return new ReplaceErrorReportValve(messages);
    }

    /** Replaces Boot's {@code BasicErrorController}, which backs off when another error controller exists. */
    @Bean
    HarbourErrorController harbourErrorController(
            ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
        return new HarbourErrorController(
                attributes, web, resolvers.orderedStream().toList());
    }

    /** Right after the character encoding is set, before security or anything else reads a parameter. */
    @Bean
    FilterRegistrationBean<UnreadableParametersFilter> unreadableParametersFilter() {
        FilterRegistrationBean<UnreadableParametersFilter> registration =
                new FilterRegistrationBean<>(new UnreadableParametersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Replaces the error report valve of Tomcat's host (Spring Boot adds one of its own) with
     * {@link HarbourErrorReportValve}. Runs after Boot's customizer, so its valve is already there to remove.
     */
    private record ReplaceErrorReportValve(MessageSource messages)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standard) {
                    // the host adds a valve of this class at start unless one is there
                    standard.setErrorReportValveClass(HarbourErrorReportValve.class.getName());
                }
                host.getPipeline().addValve(new HarbourErrorReportValve(messages));
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
