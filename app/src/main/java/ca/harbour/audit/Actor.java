package ca.harbour.audit;

import java.util.UUID;

/**
 * Implemented by the signed-in principal so the audit log knows who acted and for which
 * organization without depending on the identity module.
 */
public interface Actor {
    String actorName();

    UUID actorOrganizationId();
}
