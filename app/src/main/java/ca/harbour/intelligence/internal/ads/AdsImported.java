package ca.harbour.intelligence.internal.ads;

import ca.harbour.intelligence.internal.graph.TextSignatures.Signature;
import ca.harbour.linkage.model.Record;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A batch of ads of an import is stored with its extraction (ads, identifiers, mention links), committed: what
 * follows an import (near-duplicate clusters, entity resolution) reads the batch's ads by {@code intel_ad.import_id}
 * and {@code id} in {@code ads}. Published once per stored batch, and once more with {@code last} when the import
 * ends. {@code derived}, when present, holds what the import already made of the batch's text, so that it need not
 * be read and decrypted again.
 */
public record AdsImported(
        UUID importId,
        UUID policeOrganizationId,
        List<UUID> ads,
        boolean last,
        @JsonIgnore @Nullable Derived derived) {

    /**
     * What the import made of the batch's ads while it had them in plain text: the text signature of each ad that
     * has one ({@code TextSignatures}) and the entity-resolution record of each that holds something to match on
     * ({@code ResolutionSources#adRecord}). A shortcut of this process, left out of the stored publication (derived
     * from the text, and 600 kB a batch): an announcement run again after a restart reads the ads themselves.
     */
    public record Derived(Map<UUID, Signature> signatures, List<Record> records) {}

    public AdsImported(UUID importId, UUID policeOrganizationId, List<UUID> ads, boolean last) {
        this(importId, policeOrganizationId, ads, last, null);
    }
}
