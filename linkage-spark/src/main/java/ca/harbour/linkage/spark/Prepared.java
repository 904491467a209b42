package ca.harbour.linkage.spark;

import ca.harbour.linkage.model.PreparedRecord;
import java.io.Serializable;

/**
 * One record as the engine prepared it (normalised values and their alternative forms, blocking keys, sorting
 * key), in a form Spark can move between tasks: the engine's own records are not serializable.
 */
public final class Prepared implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Position in the input, from 0: the engine's record index. */
    public long index;

    public String id;
    /** 0, or 1 for the second input of a link. */
    public int source;

    public String[] values;
    public String[] alt;
    /** Blocking keys before the sorted-neighbourhood ones; null once blocking is done with them. */
    public long[] keys;
    /** Sorted-neighbourhood sorting key, or -1 when the record takes no part. */
    public long sortKey;

    public Prepared() {}

    Prepared(PreparedRecord r, long index, long sortKey) {
        this.index = index;
        this.id = r.id();
        this.source = r.source();
        this.values = r.values();
        this.alt = r.alt();
        this.keys = r.keys();
        this.sortKey = sortKey;
    }

    /** The same record without its keys, for scoring. */
    Prepared withoutKeys() {
        Prepared p = new Prepared();
        p.index = index;
        p.id = id;
        p.source = source;
        p.values = values;
        p.alt = alt;
        p.sortKey = sortKey;
        return p;
    }

    /** The engine's record, for its comparators and scorer (its index is not used by them). */
    PreparedRecord record() {
        return new PreparedRecord((int) index, id, source, values, alt, new long[0]);
    }
}
