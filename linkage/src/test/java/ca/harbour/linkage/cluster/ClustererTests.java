package ca.harbour.linkage.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClustererTests {

    @Test
    void theWeakEdgeSortKeyOrdersFloatsFromLargestToSmallest() {
        List<Float> ws =
                new ArrayList<>(List.of(2f, -1f, Float.MAX_VALUE, 0f, -3.5f, 1e-30f, 7.25f, -Float.MAX_VALUE, -1e-30f));
        ws.sort(Comparator.comparingInt(Clusterer::descending));
        assertThat(ws).containsExactly(Float.MAX_VALUE, 7.25f, 2f, 1e-30f, 0f, -1e-30f, -1f, -3.5f, -Float.MAX_VALUE);
    }

    @Test
    void weakEdgesEqualAsFloatsAreTakenByTheirExactWeightWhateverTheirOrder() {
        // groups {0, 5} and {1, 6}; record 2 alone, weakly linked to both, a little more to 0's group: the
        // stronger link attaches it, and the other may not then join the two groups
        double more = 3.0000000001;
        for (boolean strongerFirst : new boolean[] {true, false}) {
            Edges e = new Edges();
            e.add(0, 5, 20);
            e.add(1, 6, 20);
            if (strongerFirst) {
                e.add(0, 2, more);
                e.add(1, 2, 3.0);
            } else {
                e.add(1, 2, 3.0);
                e.add(2, 0, more);
            }
            assertThat((float) more).isEqualTo(3.0f);
            assertThat(new Clusterer(0, 50).cluster(7, e)).containsExactly(0, 1, 0, 3, 4, 0, 1);
        }
    }

    @Test
    void edgesKeepEveryPairAcrossSegments() {
        Edges e = new Edges(3);
        int n = 200_003;
        for (int k = 0; k < n; k++) {
            e.add(k, k + 1, k * 0.5);
        }
        Edges all = new Edges(n);
        all.addAll(e);
        for (Edges x : new Edges[] {e, all}) {
            assertThat(x.size()).isEqualTo(n);
            for (int k : new int[] {0, 2, 3, 65_535, 65_536, 65_537, 131_072, n - 1}) {
                assertThat(x.a(k)).isEqualTo(k);
                assertThat(x.b(k)).isEqualTo(k + 1);
                assertThat(x.weight(k)).isEqualTo(k * 0.5);
            }
        }
    }
}
