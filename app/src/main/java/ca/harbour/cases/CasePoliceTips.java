package ca.harbour.cases;

import ca.harbour.identity.StaffPrincipal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tips to police sent from cases, for the module that delivers them and shows what became of them. */
public interface CasePoliceTips {

    /**
     * What the tip may carry now: its categories while the consent it was sent under still covers the police
     * service and each of them (or under its recorded exception); empty otherwise. The read is audited.
     */
    Optional<CasePoliceTipContent> consented(UUID tipId);

    /** The ids of the tips sent from a case the viewer may read; none when they may not. */
    List<UUID> sentFrom(StaffPrincipal viewer, UUID caseId);
}
