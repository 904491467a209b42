package ca.harbour.intake;

import java.util.Optional;
import java.util.UUID;

/** Reads what a prepared police tip may carry, decided by the consent recorded on the contact. */
public interface PoliceTipContents {

    /** The consented content of the police tip recorded as this contact action; empty if there is none. */
    Optional<PoliceTipContent> consented(UUID actionId);
}
