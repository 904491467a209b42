package ca.harbour.intelligence.internal.ads;

import java.util.List;
import java.util.UUID;

/**
 * A batch of ads of an import is stored with its extraction (ads, identifiers, mention links), committed: what
 * follows an import (near-duplicate clusters, entity resolution) reads the batch's ads by {@code intel_ad.import_id}
 * and {@code id} in {@code ads}. Published once per stored batch, and once more with {@code last} when the import
 * ends.
 */
public record AdsImported(UUID importId, UUID policeOrganizationId, List<UUID> ads, boolean last) {}
