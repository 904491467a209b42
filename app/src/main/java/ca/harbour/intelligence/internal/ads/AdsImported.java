package ca.harbour.intelligence.internal.ads;

import ca.harbour.intelligence.internal.graph.TextSignatures.Signature;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A batch of ads of an import is stored with its extraction (ads, identifiers, mention links), committed: what
 * follows an import (near-duplicate clusters, entity resolution) reads the batch's ads by {@code intel_ad.import_id}
 * and {@code id} in {@code ads}. Published once per stored batch, and once more with {@code last} when the import
 * ends. {@code signatures}, when not empty, holds the text signature of every ad of the batch that has one
 * ({@code TextSignatures}), so that the text need not be read and decrypted again.
 */
public record AdsImported(
        UUID importId,
        UUID policeOrganizationId,
        List<UUID> ads,
        boolean last,
        @JsonIgnore @Nullable Map<UUID, Signature> signatures) {

    /**
     * The signatures are a shortcut of this process, left out of the stored publication (they are derived from the
     * text, and 600 kB a batch): an announcement run again after a restart reads and signs the text itself.
     */
    public AdsImported {
        signatures = signatures == null ? Map.of() : signatures;
    }

    public AdsImported(UUID importId, UUID policeOrganizationId, List<UUID> ads, boolean last) {
        this(importId, policeOrganizationId, ads, last, Map.of());
    }
}
