package ca.harbour.audit.web;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where refusals by scope are audited: every page and API answers a record outside
 * the viewer's scope with {@link NotFoundException#refused}, and this resolver, first in line, writes
 * a DENIED row (resource type and the id tried) before the usual resolvers answer 404. It runs after
 * the refused request's own transaction has rolled back, so the row is written in a transaction of
 * its own and survives. It resolves nothing itself.
 */
@Component
class DeniedAttempts implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DeniedAttempts.class);

    private final Audit audit;

    DeniedAttempts(Audit audit) {
        this.audit = audit;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (ex instanceof NotFoundException refused && refused.refusedType() != null) {
            try {
                audit.record(AuditAction.DENIED, refused.refusedType(), refused.refusedId());
            } catch (RuntimeException e) {
                // the answer stays the 404 it was; the failure is the operator's to see (no personal data in it)
                log.error(
                        "Could not audit a refused {} access: {}",
                        refused.refusedType(),
                        e.getClass().getName());
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
