package ca.harbour.platform.web;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers the requests Tomcat rejects before they reach Harbour (a malformed URL, a header or request
 * line over the limit) with Harbour's own error page, through the application's {@code /error} and so
 * with its security headers, instead of Tomcat's report page. It logs one line with the status only:
 * the rejected URL, headers and parameters may hold personal data.
 * <p>Should that page fail, a small translated page with a strict Content-Security-Policy is written.
 */
final class HarbourErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(HarbourErrorReportValve.class);
    static final String FALLBACK_CSP =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final MessageSource messages;

    HarbourErrorReportValve(MessageSource messages) {
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own valve: only errors, only when nothing was written yet, and only once
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        log.warn("Tomcat refused a request before Harbour read it (status {})", status);
        Context root = rootContext();
        try {
            if (root == null) {
                throw new IllegalStateException("no application context");
            }
            forwardToErrorPage(root, request, response, status);
        } catch (Exception | LinkageError e) {
            log.warn(
                    "Harbour's error page failed for a refused request (status {}): {}",
                    status,
                    e.getClass().getName());
            writeFallback(request, response, status);
        }
    }

    private Context rootContext() {
        Container child = getContainer() == null ? null : getContainer().findChild("");
        return child instanceof Context context ? context : null;
    }

    private static void forwardToErrorPage(Context root, Request request, Response response, int status)
            throws Exception {
        RequestDispatcher errorPage = root.getServletContext().getRequestDispatcher("/error");
        // a plain forward: with an error request URI, the security headers filter would skip the page
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        if (request.getContext() == null) {
            // Tomcat refused the URL before mapping it to Harbour; the dispatch needs to know the application
            request.getMappingData().context = root;
        }
        response.resetBuffer(true);
        response.setContentLength(-1);
        ClassLoader previous = root.bind(null);
        try {
            errorPage.forward(new RejectedRequest(request.getRequest(), true), response.getResponse());
        } finally {
            root.unbind(previous);
        }
    }

    private void writeFallback(Request request, Response response, int status) {
        try {
            response.resetBuffer(true);
            Locale locale = Languages.supported(request.getLocale());
            String title = HtmlUtils.htmlEscape(text(status >= 500 ? "error.500.title" : "error.400.title", locale));
            String body = HtmlUtils.htmlEscape(text(status >= 500 ? "error.500.text" : "error.request", locale));
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Security-Policy", FALLBACK_CSP);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Cache-Control", "no-store");
            Writer out = response.getReporter();
            if (out != null) {
                out.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage()
                        + "\"><head><meta charset=\"utf-8\"><title>"
                        + title + "</title></head><body><main><h1>" + title + "</h1><p>" + body
                        + "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(text("error.home", locale))
                        + "</a></p></main></body></html>");
                response.finishResponse();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not write the fallback error page (status {})", status);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
