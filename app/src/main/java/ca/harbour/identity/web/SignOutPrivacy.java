package ca.harbour.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What keeps staff pages off a shared device once the person has signed out: no signed-in page is stored
 * by the browser, and sign-out tells the browser to drop what it kept of this site (its HTTP and
 * back-forward caches, and the page snapshots htmx keeps in local storage). {@code harbour.js} reloads a
 * signed-in page the browser restores from its back-forward cache anyway.
 */
final class SignOutPrivacy {

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";
    static final String CLEAR_SITE_DATA = "\"cache\", \"storage\"";
    /** Static files keep their caching whoever asks: they hold nobody's data. */
    private static final List<String> STATIC = List.of("/css/", "/js/", "/vendor/", "/webjars/", "/favicon.ico");

    private SignOutPrivacy() {}

    /** A logout handler: the browser forgets this site's cached pages and stored data. */
    static void clearBrowserCopies(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        response.setHeader("Clear-Site-Data", CLEAR_SITE_DATA);
    }

    /**
     * A header writer: every response to a signed-in person says {@code no-store}, even where a controller
     * set its own caching. (Spring Security's default already covers responses that set none.)
     */
    static void noStoreWhenSignedIn(HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (STATIC.stream().anyMatch(path::startsWith)) {
            return;
        }
        String cacheControl = response.getHeader("Cache-Control");
        if (cacheControl == null || !cacheControl.contains("no-store")) {
            response.setHeader("Cache-Control", NO_STORE);
            response.setHeader("Pragma", "no-cache");
            response.setHeader("Expires", "0");
        }
    }

    /** Home after sign-out, in the language of the page signed out from (the session that held it is gone). */
    static void signedOut(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        String lang = request.getParameter("lang");
        String query = "fr".equals(lang) || "en".equals(lang) ? "?signedout&lang=" + lang : "?signedout";
        response.sendRedirect(request.getContextPath() + "/" + query);
    }
}
