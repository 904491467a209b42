package ca.harbour.platform.demo;

import java.util.Random;

/**
 * One module's part of the demo data. Contributors run once per database, in {@link #order()},
 * each with its own {@link Random} seeded from the demo seed and its {@link #name()}, so the same
 * seed always yields the same data. Everything a contributor writes must be marked as demo.
 */
public interface DemoDataContributor {

    /** Stable, unique name; the record that this contributor ran is kept under it. */
    String name();

    /** Lower runs first (identity before the modules whose records need organizations). */
    int order();

    void contribute(Random random);
}
