package ca.harbour.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.cases.CaseStage;
import ca.harbour.cases.CaseStatus;
import ca.harbour.cases.internal.CaseWorkflow.ChangeStatus;
import ca.harbour.cases.internal.CaseWorkflow.MoveStage;
import ca.harbour.cases.internal.CaseWorkflow.Moved;
import ca.harbour.cases.internal.CaseWorkflow.Outcome;
import ca.harbour.cases.internal.CaseWorkflow.Refused;
import ca.harbour.cases.internal.CaseWorkflow.Reopen;
import ca.harbour.cases.internal.CaseWorkflow.State;
import org.junit.jupiter.api.Test;

/** Every stage × stage, status × status and reopen, for open and closed cases. */
class CaseWorkflowTests {

    private static String refusal(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Refused.class);
        return ((Refused) outcome).rejection().messageKey();
    }

    private static State moved(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Moved.class);
        return ((Moved) outcome).state();
    }

    @Test
    void anOpenCaseMovesOneStageForwardOrBackAndNoFurther() {
        for (CaseStatus status : new CaseStatus[] {CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP}) {
            for (CaseStage from : CaseStage.values()) {
                for (CaseStage to : CaseStage.values()) {
                    Outcome outcome = CaseWorkflow.decide(new State(status, from), new MoveStage(to));
                    if (Math.abs(to.ordinal() - from.ordinal()) == 1) {
                        assertThat(moved(outcome)).isEqualTo(new State(status, to));
                    } else {
                        assertThat(refusal(outcome)).as(from + " to " + to).isEqualTo("cases.workflow.error.stage");
                    }
                }
            }
        }
    }

    @Test
    void aClosedCaseMovesToNoStageAndNoStatus() {
        for (CaseStatus closed : new CaseStatus[] {CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED}) {
            for (CaseStage from : CaseStage.values()) {
                for (CaseStage to : CaseStage.values()) {
                    assertThat(refusal(CaseWorkflow.decide(new State(closed, from), new MoveStage(to))))
                            .isEqualTo("cases.workflow.error.closed");
                }
                for (CaseStatus to : CaseStatus.values()) {
                    assertThat(refusal(CaseWorkflow.decide(new State(closed, from), new ChangeStatus(to))))
                            .isEqualTo("cases.workflow.error.closed");
                }
            }
        }
    }

    @Test
    void anOpenCaseGoesBetweenActiveAndFollowUpAndIsNeverClosedHere() {
        State active = new State(CaseStatus.ACTIVE, CaseStage.SERVICES);
        State followUp = new State(CaseStatus.FOLLOW_UP, CaseStage.SERVICES);
        assertThat(moved(CaseWorkflow.decide(active, new ChangeStatus(CaseStatus.FOLLOW_UP))))
                .isEqualTo(followUp);
        assertThat(moved(CaseWorkflow.decide(followUp, new ChangeStatus(CaseStatus.ACTIVE))))
                .isEqualTo(active);
        assertThat(refusal(CaseWorkflow.decide(active, new ChangeStatus(CaseStatus.ACTIVE))))
                .isEqualTo("cases.workflow.error.status");
        assertThat(refusal(CaseWorkflow.decide(followUp, new ChangeStatus(CaseStatus.FOLLOW_UP))))
                .isEqualTo("cases.workflow.error.status");
        for (State open : new State[] {active, followUp}) {
            assertThat(refusal(CaseWorkflow.decide(open, new ChangeStatus(CaseStatus.CLOSED))))
                    .isEqualTo("cases.workflow.error.closeByApproval");
            assertThat(refusal(CaseWorkflow.decide(open, new ChangeStatus(CaseStatus.CLOSED_REFERRED))))
                    .isEqualTo("cases.workflow.error.closeByApproval");
        }
    }

    @Test
    void onlyASupervisorReopensAndOnlyAClosedCase() {
        for (CaseStage stage : CaseStage.values()) {
            for (CaseStatus status : CaseStatus.values()) {
                State state = new State(status, stage);
                Outcome bySupervisor = CaseWorkflow.decide(state, new Reopen(true));
                Outcome byWorker = CaseWorkflow.decide(state, new Reopen(false));
                if (status.closed()) {
                    assertThat(moved(bySupervisor)).isEqualTo(new State(CaseStatus.ACTIVE, CaseStage.OPEN));
                    assertThat(refusal(byWorker)).isEqualTo("cases.workflow.error.supervisorReopens");
                } else {
                    assertThat(refusal(bySupervisor)).isEqualTo("cases.workflow.error.notClosed");
                    assertThat(refusal(byWorker)).isEqualTo("cases.workflow.error.notClosed");
                }
            }
        }
    }
}
