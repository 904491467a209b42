package ca.harbour.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.cluster.Clusterer;
import ca.harbour.linkage.cluster.Edges;
import org.junit.jupiter.api.Test;

class ClusteringTests {

    @Test
    void connectedComponentsAtTheThresholdBecomeEntitiesNamedByTheirFirstRecord() {
        Edges e = new Edges();
        e.add(3, 1, 10);
        e.add(1, 4, 10);
        e.add(2, 5, -3);
        int[] rep = new Clusterer(0, 50).cluster(6, e);
        assertThat(rep).containsExactly(0, 1, 2, 1, 1, 5);
    }

    @Test
    void aWeakLinkAttachesALoneRecordButNeverJoinsTwoGroups() {
        Edges e = twoTriangles(1);
        e.add(5, 6, 1);
        assertThat(new Clusterer(0, 50).cluster(7, e)).containsExactly(0, 0, 0, 3, 3, 3, 3);
    }

    @Test
    void anOversizedComponentIsSplitAlongItsWeakestEdges() {
        Edges e = twoTriangles(8);
        assertThat(new Clusterer(0, 10).cluster(6, e)).containsExactly(0, 0, 0, 0, 0, 0);
        assertThat(new Clusterer(0, 4).cluster(6, e)).containsExactly(0, 0, 0, 3, 3, 3);
    }

    private static Edges twoTriangles(double bridge) {
        Edges e = new Edges();
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                e.add(i, j, 20);
                e.add(i + 3, j + 3, 20);
            }
        }
        e.add(2, 3, bridge);
        return e;
    }

    @Test
    void clustersDoNotDependOnEdgeOrder() {
        Edges a = new Edges();
        Edges b = new Edges();
        int[][] pairs = {{0, 1}, {1, 2}, {4, 5}, {2, 3}};
        for (int[] p : pairs) {
            a.add(p[0], p[1], 5);
        }
        for (int k = pairs.length - 1; k >= 0; k--) {
            b.add(pairs[k][1], pairs[k][0], 5);
        }
        assertThat(new Clusterer(0, 3).cluster(6, a)).containsExactly(new Clusterer(0, 3).cluster(6, b));
    }
}
