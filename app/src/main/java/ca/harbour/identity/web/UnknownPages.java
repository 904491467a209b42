package ca.harbour.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches a page address that no controller serves (a mistyped public address such as {@code /finnd}), so
 * that it answers the public page-not-found instead of the staff sign-in. Only the URL patterns of the
 * application's controllers are compared, never its records: {@code /contacts/1} and {@code /contacts/999}
 * both match a staff pattern and both still ask for sign-in. API and actuator addresses keep answering 401.
 */
@Component
class UnknownPages implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnknownPages(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            return false;
        }
        RequestPath parsed = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return mappings.getObject().getHandlerMethods().keySet().stream().noneMatch(info -> served(info, request));
        } finally {
            if (parsed == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                ServletRequestPathUtils.setParsedRequestPath(parsed, request);
            }
        }
    }

    private static boolean served(RequestMappingInfo info, HttpServletRequest request) {
        return info.getPathPatternsCondition() == null
                || info.getPathPatternsCondition().getMatchingCondition(request) != null;
    }
}
