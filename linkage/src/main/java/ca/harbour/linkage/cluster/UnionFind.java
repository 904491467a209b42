package ca.harbour.linkage.cluster;

/** Disjoint sets over 0..n-1 with path halving and union by size. */
public final class UnionFind {
    private final int[] parent;
    private final int[] size;

    public UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    /** Root of {@code x}'s set. */
    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Number of elements in {@code x}'s set. */
    public int sizeOf(int x) {
        return size[find(x)];
    }

    /** Joins the sets of {@code a} and {@code b}. */
    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }

    /** Makes {@code x} a singleton again (only valid when every member of its set is reset). */
    public void reset(int x) {
        parent[x] = x;
        size[x] = 1;
    }
}
