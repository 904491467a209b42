package ca.harbour.platform.web;

import ca.harbour.platform.PlatformSettings;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Trusted reverse proxies ({@code harbour.security.trusted-proxies}: addresses or CIDR blocks,
 * none by default) and the forwarded header they write ({@code harbour.security.forwarded-header}:
 * {@code X-Forwarded-For}, the default, or {@code Forwarded}). The filter runs before everything
 * else, Spring Security included, so every part of Harbour sees the same client address.
 */
@Configuration(proxyBeanMethods = false)
class ClientAddressConfiguration {

    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(PlatformSettings settings) {
        PlatformSettings.Security security = settings.security();
        TrustedProxies proxies =
                new TrustedProxies(security.trustedProxies(), TrustedProxies.Header.of(security.forwardedHeader()));
        FilterRegistrationBean<ClientAddressFilter> registration =
                new FilterRegistrationBean<>(new ClientAddressFilter(proxies));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
