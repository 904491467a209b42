package ca.harbour.identity.web;

import static ca.harbour.identity.SignInStep.ENROL;
import static ca.harbour.identity.SignInStep.PASSWORD_CHANGE;
import static ca.harbour.identity.SignInStep.SECOND_FACTOR;
import static ca.harbour.identity.SignInStep.SIGNED_IN;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.identity.internal.AccountStandings;
import ca.harbour.identity.internal.IdentitySettings;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.web.Navigation;
import ca.harbour.platform.web.PublicPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may reach which URL, how sign-in proceeds step by step, and the security headers of every
 * response. Finer rules (permission and scope) sit on the controllers and services themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * The public tip API: anonymous and stateless, so it never reads or makes a session, and skips the
     * sign-in machinery that every other request needs (a shorter filter chain for the busiest endpoint).
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicTips(HttpSecurity http, PlatformSettings settings) throws Exception {
        http.securityMatcher("/api/v1/tips")
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(m -> m.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return headers(http, settings.security().hsts()).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            Audit audit,
            SecurityContextRepository contexts,
            List<PublicPaths> publicPaths,
            PlatformSettings settings,
            AccountStandings standings,
            IdentitySettings identity,
            Clock clock,
            MessageSource messages,
            LocaleResolver locales,
            Navigation navigation,
            UnknownPages unknownPage)
            throws Exception {
        String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
        http.securityContext(c -> c.securityContextRepository(contexts))
                // CSRF everywhere, actuator included: an operator's script sends the token like a form (README)
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/signin",
                                "/css/**",
                                "/js/**",
                                "/vendor/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health")
                        .permitAll()
                        .requestMatchers(open)
                        .permitAll()
                        .requestMatchers("/signin/verify")
                        .hasAuthority(SECOND_FACTOR)
                        .requestMatchers("/account/password")
                        .hasAnyAuthority(PASSWORD_CHANGE, SIGNED_IN)
                        .requestMatchers("/account/second-factor", "/account/second-factor/**")
                        .hasAnyAuthority(ENROL, SIGNED_IN)
                        .requestMatchers("/actuator/**")
                        .hasAuthority("AUDIT:READ")
                        .anyRequest()
                        .access((auth, context) -> new AuthorizationDecision(
                                signedIn(auth.get()) || unknownPage.matches(context.getRequest()))))
                .formLogin(f -> f.loginPage("/signin")
                        .loginProcessingUrl("/signin")
                        .successHandler(
                                (req, res, auth) -> res.sendRedirect(req.getContextPath() + landing(auth, navigation)))
                        .failureHandler(SecurityConfiguration::signInFailed))
                .logout(l -> l.logoutUrl("/signout")
                        .logoutSuccessHandler(SignOutPrivacy::signedOut)
                        .addLogoutHandler((req, res, auth) -> {
                            if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p) {
                                audit.recordFor(
                                        p.username(),
                                        p.organizationId(),
                                        AuditAction.SIGN_OUT,
                                        "user",
                                        p.userId(),
                                        null);
                            }
                        })
                        .addLogoutHandler(SignOutPrivacy::clearBrowserCopies))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        // an htmx poll would swap the sign-in page into its fragment: make the whole tab go there
                        .defaultAuthenticationEntryPointFor(
                                (req, res, denied) -> {
                                    res.setStatus(HttpStatus.UNAUTHORIZED.value());
                                    res.setHeader("HX-Redirect", req.getContextPath() + "/signin");
                                },
                                request -> "true".equals(request.getHeader("HX-Request")))
                        .accessDeniedHandler(pendingStepOrForbidden()))
                // withdrawn access and spent session time end the session before anything is authorised
                .addFilterBefore(
                        new SessionGuard(standings, identity, clock, audit, messages, locales),
                        AuthorizationFilter.class);
        return headers(http, settings.security().hsts()).build();
    }

    private static boolean signedIn(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> SIGNED_IN.equals(a.getAuthority()));
    }

    /** The security headers of every response, whichever chain answers. */
    private static HttpSecurity headers(HttpSecurity http, boolean hsts) throws Exception {
        return http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(f -> f.deny())
                .addHeaderWriter(SignOutPrivacy::noStoreWhenSignedIn)
                .httpStrictTransportSecurity(s -> {
                    if (!hsts) {
                        s.disable();
                    }
                }));
    }

    /** The page where the signed-in-so-far person continues. */
    static String stepPage(Authentication auth) {
        for (var a : auth.getAuthorities()) {
            switch (a.getAuthority()) {
                case SECOND_FACTOR:
                    return "/signin/verify";
                case PASSWORD_CHANGE:
                    return "/account/password";
                case ENROL:
                    return "/account/second-factor";
                default:
                    break;
            }
        }
        return "/staff";
    }

    /** Where sign-in ends: the pending step's page, else the viewer's work (a module's landing entry), else /staff. */
    static String landing(Authentication auth, Navigation navigation) {
        String step = stepPage(auth);
        if (!"/staff".equals(step)) {
            return step;
        }
        Set<String> held = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return navigation.landingFor(held).orElse(step);
    }

    private static void signInFailed(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        // two answers only, and neither says whether the username exists: "wait" comes from the throttle,
        // which counts unknown usernames exactly like known ones
        res.sendRedirect(req.getContextPath() + "/signin?error=" + (e instanceof LockedException ? "wait" : "bad"));
    }

    private static AccessDeniedHandler pendingStepOrForbidden() {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        return (req, res, denied) -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null
                    && !req.getRequestURI().startsWith(req.getContextPath() + "/api/")
                    && auth.getAuthorities().stream().noneMatch(a -> SIGNED_IN.equals(a.getAuthority()))
                    && !"/staff".equals(stepPage(auth))) {
                res.sendRedirect(req.getContextPath() + stepPage(auth));
                return;
            }
            forbidden.handle(req, res, denied);
        };
    }
}
