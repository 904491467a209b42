package ca.harbour.audit;

import java.time.Instant;

/**
 * The result of checking the audit chain: how many rows were checked and, when it is broken, the id
 * of the first row at fault and why ({@code problem}: {@code content} a row was altered, {@code link}
 * a row before it was removed, altered or inserted, {@code unkeyed} a plain-hash row after keyed ones,
 * {@code key} a row MAC'd with a key the ring no longer holds, {@code checkpoint} the row named by the
 * latest checkpoint differs from it, {@code missing} rows up to the latest checkpoint are gone, the
 * newest ones included). {@code checkpointEntry} and {@code checkpointAt} name the checkpoint checked
 * against (null when none was found); {@code missingEntries} counts the rows it recorded that are gone.
 */
public record ChainVerification(
        boolean intact,
        long rowsChecked,
        Long firstBrokenId,
        String problem,
        Long checkpointEntry,
        Instant checkpointAt,
        long missingEntries) {

    public static ChainVerification ok(long rows) {
        return new ChainVerification(true, rows, null, null, null, null, 0);
    }

    public static ChainVerification broken(long rows, long id, String problem) {
        return new ChainVerification(false, rows, id, problem, null, null, 0);
    }

    /** The same result, saying which checkpoint it was checked against and how many of its rows are gone. */
    public ChainVerification against(long entry, Instant at, long missing) {
        return new ChainVerification(intact, rowsChecked, firstBrokenId, problem, entry, at, missing);
    }
}
