package ca.harbour.linkage.spark;

import java.io.Serializable;

/** A pair whose match weight reached the threshold: the lower record index first, as the engine orders them. */
public final class Scored implements Serializable {
    private static final long serialVersionUID = 1L;

    public long a;
    public long b;
    public String idA;
    public String idB;
    public double weight;

    public Scored() {}

    Scored(long a, long b, String idA, String idB, double weight) {
        this.a = a;
        this.b = b;
        this.idA = idA;
        this.idB = idB;
        this.weight = weight;
    }
}
