package ca.harbour.platform.workitem;

/** What someone asks of a work item; {@link #done()} names it in the past tense, for audit reasons. */
public enum WorkItemCommand {
    CLAIM("claimed"),
    RELEASE("released"),
    CLOSE("closed"),
    /** Ends a hold: into the queue. */
    ADMIT("moved to the queue"),
    /** Ends a hold: out of every queue. */
    DISMISS("dismissed"),
    /** New work arrived on a closed item: it waits again, unclaimed. */
    REOPEN("reopened");

    private final String done;

    WorkItemCommand(String done) {
        this.done = done;
    }

    public String done() {
        return done;
    }
}
