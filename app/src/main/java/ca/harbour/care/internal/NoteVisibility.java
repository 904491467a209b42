package ca.harbour.care.internal;

/**
 * Which team notes a member reads, by the functions of the reader and of the author: child-protection notes stay
 * with the team's non-police members unless a child-protection member shared the note with a recorded basis.
 * Knows no Spring and no SQL.
 */
public final class NoteVisibility {

    /** The recorded grounds on which a child-protection note is shared with police members. */
    public enum Basis {
        CONSENT,
        CHILD_AT_RISK,
        IMMINENT_DANGER,
        REQUIRED_BY_LAW
    }

    private NoteVisibility() {}

    public static boolean visible(MemberFunction reader, MemberFunction author, boolean shared) {
        return !(reader == MemberFunction.POLICE && author == MemberFunction.CHILD_PROTECTION && !shared);
    }

    /** Only a child-protection member shares a child-protection note; other notes need no sharing. */
    public static boolean mayShare(MemberFunction sharer, MemberFunction author) {
        return sharer == MemberFunction.CHILD_PROTECTION && author == MemberFunction.CHILD_PROTECTION;
    }
}
