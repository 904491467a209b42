package ca.harbour.audit;

/**
 * The result of checking the audit hash chain: how many rows were checked and, when it is broken,
 * the id of the first row whose hash or link does not hold, and why.
 */
public record ChainVerification(boolean intact, long rowsChecked, Long firstBrokenId, String problem) {

    public static ChainVerification ok(long rows) {
        return new ChainVerification(true, rows, null, null);
    }

    public static ChainVerification broken(long rows, long id, String problem) {
        return new ChainVerification(false, rows, id, problem);
    }
}
