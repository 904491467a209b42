package ca.harbour.platform.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.platform.domain.Rejected;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every state, with every command, asked by the holder and by someone else: what the queue allows. */
class WorkItemTests {

    private static final UUID ME = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    /** The item each state stands for in the table: a claimed item is held by {@link #OTHER}. */
    private static WorkItem item(WorkItemState state) {
        return state == WorkItemState.CLAIMED ? WorkItem.claimedBy(OTHER) : WorkItem.unclaimed(state);
    }

    /** What {@link #ME} gets for each state and command: the item after it, or the refusal's message key. */
    private static final Map<WorkItemState, Map<WorkItemCommand, Object>> BY_SOMEONE_NOT_HOLDING = table();

    private static Map<WorkItemState, Map<WorkItemCommand, Object>> table() {
        Map<WorkItemState, Map<WorkItemCommand, Object>> t = new EnumMap<>(WorkItemState.class);
        for (WorkItemState s : WorkItemState.values()) {
            Map<WorkItemCommand, Object> row = new EnumMap<>(WorkItemCommand.class);
            row.put(WorkItemCommand.CLAIM, WorkItem.TAKEN);
            row.put(WorkItemCommand.RELEASE, WorkItem.NOT_YOURS);
            row.put(WorkItemCommand.CLOSE, WorkItem.NOT_YOURS);
            row.put(WorkItemCommand.ADMIT, WorkItem.NOT_HELD);
            row.put(WorkItemCommand.DISMISS, WorkItem.NOT_HELD);
            row.put(WorkItemCommand.REOPEN, WorkItem.NOT_CLOSED);
            t.put(s, row);
        }
        t.get(WorkItemState.WAITING).put(WorkItemCommand.CLAIM, WorkItem.claimedBy(ME));
        t.get(WorkItemState.HELD).put(WorkItemCommand.ADMIT, WorkItem.unclaimed(WorkItemState.WAITING));
        t.get(WorkItemState.HELD).put(WorkItemCommand.DISMISS, WorkItem.unclaimed(WorkItemState.DISMISSED));
        t.get(WorkItemState.CLOSED).put(WorkItemCommand.REOPEN, WorkItem.unclaimed(WorkItemState.WAITING));
        return t;
    }

    @Test
    void everyCommandInEveryStateMovesOrIsRefusedAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (WorkItemState state : WorkItemState.values()) {
            for (WorkItemCommand command : WorkItemCommand.values()) {
                Object expected = BY_SOMEONE_NOT_HOLDING.get(state).get(command);
                Transition t = item(state).decide(command, ME);
                Object actual = t instanceof Transition.Moved m
                        ? m.after()
                        : ((Transition.Refused) t).rejection().messageKey();
                if (!expected.equals(actual) || t.command() != command) {
                    wrong.add(state + " x " + command + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theHolderOfAClaimedItemMayReleaseOrCloseItButNotClaimItAgain() {
        WorkItem mine = WorkItem.claimedBy(ME);
        Map<WorkItemCommand, Object> expected = new EnumMap<>(WorkItemCommand.class);
        expected.put(WorkItemCommand.CLAIM, WorkItem.TAKEN);
        expected.put(WorkItemCommand.RELEASE, WorkItem.unclaimed(WorkItemState.WAITING));
        expected.put(WorkItemCommand.CLOSE, new WorkItem(WorkItemState.CLOSED, ME));
        expected.put(WorkItemCommand.ADMIT, WorkItem.NOT_HELD);
        expected.put(WorkItemCommand.DISMISS, WorkItem.NOT_HELD);
        expected.put(WorkItemCommand.REOPEN, WorkItem.NOT_CLOSED);
        for (WorkItemCommand command : WorkItemCommand.values()) {
            Transition t = mine.decide(command, ME);
            Object actual = t instanceof Transition.Moved m
                    ? m.after()
                    : ((Transition.Refused) t).rejection().messageKey();
            assertThat(actual).as(command.name()).isEqualTo(expected.get(command));
        }
    }

    @Test
    void aMoveRemembersWhereItCameFromAndARefusalTheItemUnchanged() {
        Transition moved = WorkItem.unclaimed(WorkItemState.WAITING).decide(WorkItemCommand.CLAIM, ME);
        assertThat(moved)
                .isEqualTo(new Transition.Moved(
                        WorkItemCommand.CLAIM, WorkItem.unclaimed(WorkItemState.WAITING), WorkItem.claimedBy(ME)));
        Transition refused = WorkItem.claimedBy(OTHER).decide(WorkItemCommand.CLOSE, ME);
        assertThat(((Transition.Refused) refused).item()).isEqualTo(WorkItem.claimedBy(OTHER));
    }

    @Test
    void orThrowGivesTheNewItemOrThrowsTheRejection() {
        assertThat(WorkItem.unclaimed(WorkItemState.HELD)
                        .decide(WorkItemCommand.ADMIT, ME)
                        .orThrow())
                .isEqualTo(WorkItem.unclaimed(WorkItemState.WAITING));
        assertThatThrownBy(() -> WorkItem.unclaimed(WorkItemState.CLOSED)
                        .decide(WorkItemCommand.CLAIM, ME)
                        .orThrow())
                .isInstanceOfSatisfying(
                        Rejected.class,
                        e -> assertThat(e.rejection().messageKey()).isEqualTo(WorkItem.TAKEN));
    }

    @Test
    void aClaimedItemHasAHolderAClosedOneMayRememberItsAndNoOtherHasOne() {
        for (WorkItemState state : WorkItemState.values()) {
            if (state == WorkItemState.CLAIMED) {
                assertThatThrownBy(() -> new WorkItem(state, null)).isInstanceOf(IllegalArgumentException.class);
            } else if (state == WorkItemState.CLOSED) {
                assertThat(new WorkItem(state, ME).isHeldBy(ME)).isFalse();
            } else {
                assertThatThrownBy(() -> new WorkItem(state, ME)).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void whoeverClosedAnItemCannotReleaseOrCloseItAgainButAnyoneMayReopenIt() {
        WorkItem closedByMe = new WorkItem(WorkItemState.CLOSED, ME);
        assertThat(closedByMe.decide(WorkItemCommand.RELEASE, ME)).isInstanceOf(Transition.Refused.class);
        assertThat(closedByMe.decide(WorkItemCommand.CLOSE, ME)).isInstanceOf(Transition.Refused.class);
        assertThat(closedByMe.decide(WorkItemCommand.REOPEN, OTHER).orThrow())
                .isEqualTo(WorkItem.unclaimed(WorkItemState.WAITING));
    }

    @Test
    void theAuditWordOfEveryCommandIsInThePastTense() {
        for (WorkItemCommand command : WorkItemCommand.values()) {
            assertThat(command.done()).matches(".*ed( .*)?");
        }
    }
}
