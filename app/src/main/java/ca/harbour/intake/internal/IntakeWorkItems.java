package ca.harbour.intake.internal;

import ca.harbour.platform.workitem.WorkItem;
import ca.harbour.platform.workitem.WorkItemState;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where tips and contacts stand in the queue, in PostgreSQL: the only SQL that reads or changes a
 * queue state. {@link #lock} takes the row's lock for the rest of the transaction, so two advocates
 * acting at once are decided one after the other, each on what the other left.
 */
@Repository
class IntakeWorkItems {

    private final JdbcClient jdbc;

    IntakeWorkItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The item, locked until the transaction ends; empty when there is no such tip or contact. */
    Optional<WorkItem> lock(QueueItem.Kind kind, UUID id) {
        return switch (kind) {
            case TIP ->
                jdbc.sql("select status, claimed_by from tip where id = :id for update")
                        .param("id", id)
                        .query((rs, n) -> item(WorkItemState.valueOf(rs.getString(1)), rs.getObject(2, UUID.class)))
                        .optional();
            // a contact with nothing to follow up is not in the queue, whatever its stored queue status says
            case CONTACT ->
                jdbc.sql("select c.queue_status, c.claimed_by, (" + Contacts.NEEDS_FOLLOW_UP + ") as needed"
                                + " from contact c where c.id = :id for update")
                        .param("id", id)
                        .query((rs, n) -> {
                            WorkItemState state = WorkItemState.valueOf(rs.getString(1));
                            return item(
                                    state == WorkItemState.WAITING && !rs.getBoolean(3) ? WorkItemState.IDLE : state,
                                    rs.getObject(2, UUID.class));
                        })
                        .optional();
        };
    }

    /**
     * Stores {@code after}, the answer to a command on {@code before}. A new holder is recorded with
     * {@code holderName} and the time; a holder who stays (closing what they hold) keeps their claim's
     * record; an item nobody holds any more forgets its last claim.
     */
    void save(QueueItem.Kind kind, UUID id, WorkItem before, WorkItem after, String holderName) {
        String table = kind == QueueItem.Kind.TIP ? "tip" : "contact";
        String column = kind == QueueItem.Kind.TIP ? "status" : "queue_status";
        JdbcClient.StatementSpec update;
        if (after.holder() == null ? before.holder() == null : after.holder().equals(before.holder())) {
            update = jdbc.sql("update " + table + " set " + column + " = :state where id = :id");
        } else if (after.holder() == null) {
            update = jdbc.sql("update " + table + " set " + column
                    + " = :state, claimed_by = null, claimed_by_name = null," + " claimed_at = null where id = :id");
        } else {
            update = jdbc.sql("update " + table + " set " + column + " = :state, claimed_by = :holder,"
                            + " claimed_by_name = :name, claimed_at = now() where id = :id")
                    .param("holder", after.holder())
                    .param("name", holderName);
        }
        if (update.param("id", id).param("state", stored(after.state())).update() != 1) {
            throw new IllegalStateException("the locked " + table + " " + id + " was not updated");
        }
    }

    private static WorkItem item(WorkItemState state, UUID claimedBy) {
        return new WorkItem(state, state == WorkItemState.CLAIMED || state == WorkItemState.CLOSED ? claimedBy : null);
    }

    /** A contact that leaves no follow-up waits, as far as the table is concerned, until it has one. */
    private static String stored(WorkItemState state) {
        return state == WorkItemState.IDLE ? WorkItemState.WAITING.name() : state.name();
    }
}
