package ca.harbour.linkage.engine;

import ca.harbour.linkage.block.AtomBlocker;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.score.FellegiSunter;
import java.util.Arrays;

/**
 * Everything needed to score new records the way a batch run did: the description, the fitted
 * Fellegi-Sunter model (with its term frequencies), the stop keys of oversized blocks, the key types
 * dropped as too costly, the sorted-neighbourhood interval boundaries (see
 * {@link ca.harbour.linkage.block.SortedNeighbourhood}) and the threshold as a match weight. Immutable.
 */
public record LinkageModel(
        DatasetDescription description,
        FellegiSunter scorer,
        long[] stopKeys,
        boolean[] droppedTypes,
        long[] sortedBoundaries,
        double thresholdWeight) {

    /** Whether a blocking key was too common to use (its block or its whole key type was too large). */
    public boolean isStopKey(long key) {
        return droppedTypes[AtomBlocker.typeOf(key)] || Arrays.binarySearch(stopKeys, key) >= 0;
    }

    /** The match threshold as a posterior probability. */
    public double threshold() {
        return FellegiSunter.probability(thresholdWeight);
    }
}
