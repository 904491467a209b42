package ca.harbour.audit.web;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.platform.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit log page in the staff navigation, for holders of {@code AUDIT:READ} (granted by identity, which
 * the audit module may not know), and the log's own rows as an audit type.
 */
@Configuration(proxyBeanMethods = false)
class AuditContributions {

    @Bean
    NavigationEntry auditNavigation() {
        return NavigationEntry.to("/admin/audit", "nav.audit", 80)
                .forAny("AUDIT:READ")
                .withCard("staff.card.audit");
    }

    @Bean
    AuditResourceType auditEventAuditType() {
        return AuditResourceType.of("audit_event", "auditType.auditEvent");
    }
}
