package ca.harbour.cases.internal;

import ca.harbour.cases.CaseStage;
import ca.harbour.cases.CaseStatus;
import ca.harbour.platform.domain.Rejection;

/**
 * Where a case may go next, decided without Spring or SQL. The stage moves one step at a time along
 * OPEN → ASSESSMENT → PLANNING → SERVICES → CLOSURE (or one step back, to correct a mistake); an open case moves
 * between ACTIVE and FOLLOW_UP; a closed case changes only by being reopened (ACTIVE, stage OPEN), which needs a
 * supervisor. Closing is not decided here: an approved closure request closes a case.
 */
public final class CaseWorkflow {

    private CaseWorkflow() {}

    /** A case's place in the workflow. */
    public record State(CaseStatus status, CaseStage stage) {}

    /** What is asked. */
    public sealed interface Command permits MoveStage, ChangeStatus, Reopen {}

    /** Move to {@code to}: the next stage, or back to the previous one. */
    public record MoveStage(CaseStage to) implements Command {}

    /** ACTIVE to FOLLOW_UP or back. */
    public record ChangeStatus(CaseStatus to) implements Command {}

    /** Reopen a closed case; {@code bySupervisor} says whether the one asking manages the case. */
    public record Reopen(boolean bySupervisor) implements Command {}

    /** The answer: moved to a new state, or refused with a reason. */
    public sealed interface Outcome permits Moved, Refused {}

    public record Moved(State state) implements Outcome {}

    public record Refused(Rejection rejection) implements Outcome {}

    public static Outcome decide(State state, Command command) {
        if (command instanceof MoveStage move) {
            return moveStage(state, move.to());
        }
        if (command instanceof ChangeStatus change) {
            return changeStatus(state, change.to());
        }
        return reopen(state, ((Reopen) command).bySupervisor());
    }

    private static Outcome moveStage(State state, CaseStage to) {
        if (state.status().closed()) {
            return refused("cases.workflow.error.closed");
        }
        int step = to.ordinal() - state.stage().ordinal();
        if (step != 1 && step != -1) {
            return refused("cases.workflow.error.stage");
        }
        return new Moved(new State(state.status(), to));
    }

    private static Outcome changeStatus(State state, CaseStatus to) {
        if (state.status().closed()) {
            return refused("cases.workflow.error.closed");
        }
        boolean allowed = state.status() == CaseStatus.ACTIVE && to == CaseStatus.FOLLOW_UP
                || state.status() == CaseStatus.FOLLOW_UP && to == CaseStatus.ACTIVE;
        if (!allowed) {
            return refused(to.closed() ? "cases.workflow.error.closeByApproval" : "cases.workflow.error.status");
        }
        return new Moved(new State(to, state.stage()));
    }

    private static Outcome reopen(State state, boolean bySupervisor) {
        if (!state.status().closed()) {
            return refused("cases.workflow.error.notClosed");
        }
        if (!bySupervisor) {
            return refused("cases.workflow.error.supervisorReopens");
        }
        return new Moved(new State(CaseStatus.ACTIVE, CaseStage.OPEN));
    }

    private static Refused refused(String key) {
        return new Refused(Rejection.of(key));
    }
}
