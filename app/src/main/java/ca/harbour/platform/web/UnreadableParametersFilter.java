package ca.harbour.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's parameters first, so that a query or form Tomcat cannot decode (bad percent-encoding,
 * too many parameters, a form over the size limit) is answered here with Harbour's translated error page
 * and one log line without any value. Left alone, Tomcat throws from whichever filter reads a parameter
 * first, logs the exception with the parameter's name and value, and fails again rendering the error page.
 * Multipart requests are left to Spring, which reports their limits itself.
 */
final class UnreadableParametersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableParametersFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException e) {
                int status = e instanceof InvalidParameterException invalid && invalid.getErrorCode() >= 400
                        ? invalid.getErrorCode()
                        : HttpServletResponse.SC_BAD_REQUEST;
                // the exception's message quotes the parameter, so neither it nor the query is logged
                log.warn(
                        "Refused a {} request whose parameters could not be read (status {})",
                        request.getMethod(),
                        status);
                // a forward rather than Tomcat's error dispatch, which would read the parameters again; no error
                // request URI either, as its presence makes the security headers filter skip the page
                request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
                response.setStatus(status);
                request.getRequestDispatcher("/error").forward(new RejectedRequest(request, false), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
