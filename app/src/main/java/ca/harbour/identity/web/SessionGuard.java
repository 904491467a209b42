package ca.harbour.identity.web;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.identity.internal.AccountStandings;
import ca.harbour.identity.internal.IdentitySettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ends a signed-in (or signing-in) session the moment its access is withdrawn or its time is up, before
 * any page or API answers. On every request it compares the security version the session signed in with
 * against the account's current one (cached a few seconds by {@link AccountStandings}) and requires the
 * account and its organization to be active; it also enforces an absolute lifetime counted from sign-in
 * and an idle limit counted from the last foreground request. Requests marked with the
 * {@value #BACKGROUND_HEADER} header (the live queue's poll) do not count as activity.
 *
 * <p>An ended session is invalidated; pages are redirected to the sign-in page with a translated notice,
 * htmx requests get an {@code HX-Redirect} so the whole tab leaves, and {@code /api/**} gets 401 Problem
 * Details. Not a Spring bean, so it runs only inside the security chain it is added to.
 */
class SessionGuard extends OncePerRequestFilter {

    /** Sent (with any value) by requests the browser makes on its own, such as polls. */
    static final String BACKGROUND_HEADER = "X-Harbour-Background";

    static final String TIMES = "harbour.sessionTimes";

    /** When this session's person signed in and when they last did something themselves. */
    record SessionTimes(UUID userId, Instant signedInAt, Instant lastActivity) implements Serializable {}

    private enum Ending {
        REVOKED,
        EXPIRED
    }

    private final AccountStandings standings;
    private final IdentitySettings settings;
    private final Clock clock;
    private final Audit audit;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json = JsonMapper.builder().build();

    SessionGuard(
            AccountStandings standings,
            IdentitySettings settings,
            Clock clock,
            Audit audit,
            MessageSource messages,
            LocaleResolver locales) {
        this.standings = standings;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof StaffPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        Ending ending = standing(principal);
        HttpSession session = request.getSession(false);
        if (ending == null && session != null) {
            ending = times(principal, session, request.getHeader(BACKGROUND_HEADER) != null);
        }
        if (ending == null) {
            chain.doFilter(request, response);
            return;
        }
        end(principal, ending, session, request, response);
    }

    private Ending standing(StaffPrincipal principal) {
        return standings
                        .of(principal.userId())
                        .filter(s -> s.active() && s.securityVersion() == principal.securityVersion())
                        .isPresent()
                ? null
                : Ending.REVOKED;
    }

    /** Checks the lifetime and idle limits, and counts a foreground request as activity. */
    private Ending times(StaffPrincipal principal, HttpSession session, boolean background) {
        Instant now = clock.instant();
        SessionTimes times = session.getAttribute(TIMES) instanceof SessionTimes t
                        && t.userId().equals(principal.userId())
                ? t
                : null;
        if (times == null) {
            session.setAttribute(TIMES, new SessionTimes(principal.userId(), now, now));
            return null;
        }
        if (!now.isBefore(times.signedInAt().plus(settings.sessionLifetime()))
                || !now.isBefore(times.lastActivity().plus(settings.idleTimeout()))) {
            return Ending.EXPIRED;
        }
        if (!background) {
            session.setAttribute(TIMES, new SessionTimes(times.userId(), times.signedInAt(), now));
        }
        return null;
    }

    private void end(
            StaffPrincipal principal,
            Ending ending,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        // a category only: who and when are in the row itself
        audit.recordFor(
                principal.username(),
                principal.organizationId(),
                AuditAction.SIGN_OUT,
                "user",
                principal.userId(),
                ending == Ending.REVOKED ? "session ended: access changed" : "session ended: time limit");
        String signIn = request.getContextPath() + "/signin?" + (ending == Ending.REVOKED ? "ended" : "expired");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problem(request, response, ending);
        } else if ("true".equals(request.getHeader("HX-Request"))) {
            // htmx would follow a plain redirect and swap the sign-in page into the fragment; this leaves the tab
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", signIn);
        } else {
            response.sendRedirect(signIn);
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, Ending ending) throws IOException {
        Locale locale = locales.resolveLocale(request);
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage("error.401.title", null, locale));
        body.put("status", HttpServletResponse.SC_UNAUTHORIZED);
        body.put(
                "detail",
                messages.getMessage(ending == Ending.REVOKED ? "signin.ended" : "signin.expired", null, locale));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
