package ca.harbour.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * A request Harbour refused before reading it, as the error page sees it: a GET with no query and no
 * parameters. Nothing on the way to the error page (CSRF check, language switch) then tries again to
 * read what already failed, and nothing can echo it. Tomcat's forward keeps this wrapper outermost, so
 * what it answers is what the page sees.
 */
final class RejectedRequest extends HttpServletRequestWrapper {

    private final boolean refusedByTomcat;

    /**
     * @param refusedByTomcat Tomcat refused the request, maybe before reading its headers or for its very
     *        address: answer with the HTML page when it did not say what it accepts, and never repeat the
     *        address (the page's language link leads home)
     */
    RejectedRequest(HttpServletRequest request, boolean refusedByTomcat) {
        super(request);
        this.refusedByTomcat = refusedByTomcat;
    }

    /** Tomcat records the refused address as the forward's origin; the page's language link uses it. */
    @Override
    public Object getAttribute(String name) {
        if (refusedByTomcat && RequestDispatcher.FORWARD_REQUEST_URI.equals(name)) {
            return getContextPath() + "/";
        }
        return super.getAttribute(name);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getQueryString() {
        return null;
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }

    @Override
    public String getHeader(String name) {
        String value = super.getHeader(name);
        return value == null && refusedByTomcat && "Accept".equalsIgnoreCase(name) ? "text/html" : value;
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (refusedByTomcat && "Accept".equalsIgnoreCase(name) && super.getHeader(name) == null) {
            return Collections.enumeration(List.of("text/html"));
        }
        return super.getHeaders(name);
    }
}
