package ca.harbour.platform.workitem;

import ca.harbour.platform.domain.Rejection;
import java.util.Objects;
import java.util.UUID;

/**
 * A claimable work item as its rules see it: its state and who holds it. It decides every change;
 * the module's repository loads it (locked), asks, and saves the answer. Immutable and thread-safe.
 *
 * <p>The rules: only a waiting item can be claimed; only its holder releases or closes it (a closed item
 * remembers who closed it, so that person keeps seeing it); a hold
 * ends by admitting the item to the queue or dismissing it; a closed item reopens when new work
 * arrives. Anything else is refused with the reason the queue pages show.
 *
 * @param holder who claimed it: never null when {@code state} is {@link WorkItemState#CLAIMED}; for a
 *        {@link WorkItemState#CLOSED} item, who closed it (null when nobody did, e.g. before claims were kept);
 *        null in every other state
 */
public record WorkItem(WorkItemState state, UUID holder) {

    /** Someone else holds it, or it is not in the queue. */
    public static final String TAKEN = "queue.error.taken";
    /** Only the holder may release or close it. */
    public static final String NOT_YOURS = "queue.error.notYours";
    /** Only a held item can be admitted or dismissed. */
    public static final String NOT_HELD = "queue.error.notHeld";
    /** Only a closed item can be reopened. */
    public static final String NOT_CLOSED = "queue.error.notClosed";

    public WorkItem {
        Objects.requireNonNull(state, "state");
        if (state == WorkItemState.CLAIMED && holder == null
                || holder != null && state != WorkItemState.CLAIMED && state != WorkItemState.CLOSED) {
            throw new IllegalArgumentException("only a claimed or closed work item has a holder: " + state);
        }
    }

    /** An item in {@code state} that nobody holds. */
    public static WorkItem unclaimed(WorkItemState state) {
        return new WorkItem(state, null);
    }

    /** An item claimed by {@code holder}. */
    public static WorkItem claimedBy(UUID holder) {
        return new WorkItem(WorkItemState.CLAIMED, Objects.requireNonNull(holder, "holder"));
    }

    /** Whether {@code person} holds this item (claimed it and has not let it go). */
    public boolean isHeldBy(UUID person) {
        return state == WorkItemState.CLAIMED && holder.equals(person);
    }

    /**
     * What {@code command}, asked by {@code actor}, does to this item.
     *
     * @param actor the person asking; never null
     */
    public Transition decide(WorkItemCommand command, UUID actor) {
        Objects.requireNonNull(actor, "actor");
        return switch (command) {
            case CLAIM -> state == WorkItemState.WAITING ? move(command, claimedBy(actor)) : refuse(command, TAKEN);
            case RELEASE ->
                isHeldBy(actor) ? move(command, unclaimed(WorkItemState.WAITING)) : refuse(command, NOT_YOURS);
            case CLOSE ->
                isHeldBy(actor) ? move(command, new WorkItem(WorkItemState.CLOSED, actor)) : refuse(command, NOT_YOURS);
            case ADMIT ->
                state == WorkItemState.HELD
                        ? move(command, unclaimed(WorkItemState.WAITING))
                        : refuse(command, NOT_HELD);
            case DISMISS ->
                state == WorkItemState.HELD
                        ? move(command, unclaimed(WorkItemState.DISMISSED))
                        : refuse(command, NOT_HELD);
            case REOPEN ->
                state == WorkItemState.CLOSED
                        ? move(command, unclaimed(WorkItemState.WAITING))
                        : refuse(command, NOT_CLOSED);
        };
    }

    private Transition move(WorkItemCommand command, WorkItem after) {
        return new Transition.Moved(command, this, after);
    }

    private Transition refuse(WorkItemCommand command, String messageKey) {
        return new Transition.Refused(command, this, Rejection.of(messageKey));
    }
}
