package ca.harbour.platform.workitem;

/** Where a work item stands; stored by name, so a name never changes. */
public enum WorkItemState {
    /** Exists, but nothing about it waits for anyone (a contact with no follow-up to do). */
    IDLE,
    /** Held back from the queue until someone reviews it (a possible flood of urgent tips). */
    HELD,
    /** In the queue, free for anyone allowed to take it. */
    WAITING,
    /** Taken by one person, who alone may release or close it. */
    CLAIMED,
    /** Done; out of the queue. */
    CLOSED,
    /** Reviewed and kept out of every queue, but kept. */
    DISMISSED
}
