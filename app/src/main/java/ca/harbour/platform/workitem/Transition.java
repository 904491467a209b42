package ca.harbour.platform.workitem;

import ca.harbour.platform.domain.Rejection;

/** What {@link WorkItem#decide} answered: the item as it now is, or why nothing changes. */
public sealed interface Transition permits Transition.Moved, Transition.Refused {

    WorkItemCommand command();

    /** The item after the transition; throws the rejection when it was refused, so that nothing changes. */
    WorkItem orThrow();

    /**
     * The command is allowed.
     *
     * @param after the new state and holder, to be saved
     */
    record Moved(WorkItemCommand command, WorkItem before, WorkItem after) implements Transition {
        @Override
        public WorkItem orThrow() {
            return after;
        }
    }

    /** The command is refused in the item's state; nothing is to change. */
    record Refused(WorkItemCommand command, WorkItem item, Rejection rejection) implements Transition {
        @Override
        public WorkItem orThrow() {
            throw rejection.exception();
        }
    }
}
