package ca.harbour.cases.flow;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.cases.CaseStage;
import ca.harbour.cases.CaseStatus;
import ca.harbour.cases.internal.flow.ApprovalKind;
import ca.harbour.cases.internal.flow.ApprovalRules;
import ca.harbour.cases.internal.flow.ApprovalRules.Decision;
import ca.harbour.cases.internal.flow.ApprovalRules.Moved;
import ca.harbour.cases.internal.flow.ApprovalRules.Refused;
import ca.harbour.cases.internal.flow.ApprovalState;
import ca.harbour.platform.domain.Rejection;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every legal and illegal step of an approval: asking, deciding, and what an approval does to the case's stage. */
class ApprovalRulesTests {

    private static String refusal(ApprovalRules.Step step) {
        assertThat(step).isInstanceOf(Refused.class);
        Rejection r = ((Refused) step).rejection();
        return r.fields().isEmpty()
                ? r.messageKey()
                : r.fields().values().iterator().next();
    }

    private static String refusal(Optional<Rejection> rejection) {
        Rejection r = rejection.orElseThrow();
        return r.fields().isEmpty()
                ? r.messageKey()
                : r.fields().values().iterator().next();
    }

    @Test
    void aCasePlanMayBeAskedForWithOrWithoutAReasonOnAnOpenCase() {
        assertThat(ApprovalRules.request(ApprovalKind.CASE_PLAN, null, null, CaseStatus.ACTIVE, false))
                .isEmpty();
        assertThat(ApprovalRules.request(ApprovalKind.CASE_PLAN, null, "Agreed", CaseStatus.FOLLOW_UP, false))
                .isEmpty();
    }

    @Test
    void aClosureNeedsAClosingStatusAndAReason() {
        assertThat(ApprovalRules.request(ApprovalKind.CLOSURE, CaseStatus.CLOSED, "Done", CaseStatus.ACTIVE, false))
                .isEmpty();
        assertThat(ApprovalRules.request(
                        ApprovalKind.CLOSURE, CaseStatus.CLOSED_REFERRED, "Moved", CaseStatus.ACTIVE, false))
                .isEmpty();
        assertThat(refusal(ApprovalRules.request(ApprovalKind.CLOSURE, null, "Done", CaseStatus.ACTIVE, false)))
                .isEqualTo("cases.flow.approval.error.closingStatus");
        assertThat(refusal(ApprovalRules.request(
                        ApprovalKind.CLOSURE, CaseStatus.ACTIVE, "Done", CaseStatus.ACTIVE, false)))
                .isEqualTo("cases.flow.approval.error.closingStatus");
        assertThat(refusal(
                        ApprovalRules.request(ApprovalKind.CLOSURE, CaseStatus.CLOSED, " ", CaseStatus.ACTIVE, false)))
                .isEqualTo("cases.flow.approval.error.reason");
    }

    @Test
    void aCasePlanNamesNoClosingStatusAndNoRequestTakesTooLongAReason() {
        assertThat(refusal(ApprovalRules.request(
                        ApprovalKind.CASE_PLAN, CaseStatus.CLOSED, null, CaseStatus.ACTIVE, false)))
                .isEqualTo("cases.flow.approval.error.notClosure");
        assertThat(refusal(ApprovalRules.request(
                        ApprovalKind.CASE_PLAN, null, "x".repeat(1001), CaseStatus.ACTIVE, false)))
                .isEqualTo("cases.flow.error.tooLong");
    }

    @ParameterizedTest
    @EnumSource(ApprovalKind.class)
    void nothingIsAskedOnAClosedCaseNorTwiceWhileARequestOfTheKindWaits(ApprovalKind kind) {
        CaseStatus closing = kind == ApprovalKind.CLOSURE ? CaseStatus.CLOSED : null;
        assertThat(refusal(ApprovalRules.request(kind, closing, "Why", CaseStatus.CLOSED, false)))
                .isEqualTo("cases.flow.approval.error.caseClosed");
        assertThat(refusal(ApprovalRules.request(kind, closing, "Why", CaseStatus.CLOSED_REFERRED, false)))
                .isEqualTo("cases.flow.approval.error.caseClosed");
        assertThat(refusal(ApprovalRules.request(kind, closing, "Why", CaseStatus.ACTIVE, true)))
                .isEqualTo("cases.flow.approval.error.pending");
    }

    @Test
    void aSupervisorWhoDidNotAskApprovesWithOrWithoutCommentAndRejectsWithOne() {
        assertThat(ApprovalRules.decide(ApprovalState.PENDING, true, false, Decision.APPROVE, null))
                .isEqualTo(new Moved(ApprovalState.APPROVED));
        assertThat(ApprovalRules.decide(ApprovalState.PENDING, true, false, Decision.APPROVE, "Good plan"))
                .isEqualTo(new Moved(ApprovalState.APPROVED));
        assertThat(ApprovalRules.decide(ApprovalState.PENDING, true, false, Decision.REJECT, "Not yet"))
                .isEqualTo(new Moved(ApprovalState.REJECTED));
    }

    @Test
    void aRejectionWithoutCommentOrWithTooLongAOneIsRefused() {
        assertThat(refusal(ApprovalRules.decide(ApprovalState.PENDING, true, false, Decision.REJECT, null)))
                .isEqualTo("cases.flow.approval.error.comment");
        assertThat(refusal(ApprovalRules.decide(ApprovalState.PENDING, true, false, Decision.REJECT, "  ")))
                .isEqualTo("cases.flow.approval.error.comment");
        assertThat(refusal(
                        ApprovalRules.decide(ApprovalState.PENDING, true, false, Decision.APPROVE, "x".repeat(1001))))
                .isEqualTo("cases.flow.error.tooLong");
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    void onlyAnotherSupervisorDecidesAndOnlyOnce(Decision decision) {
        assertThat(refusal(ApprovalRules.decide(ApprovalState.PENDING, false, false, decision, "c")))
                .isEqualTo("cases.flow.approval.error.supervisorOnly");
        assertThat(refusal(ApprovalRules.decide(ApprovalState.PENDING, true, true, decision, "c")))
                .isEqualTo("cases.flow.approval.error.ownRequest");
        assertThat(refusal(ApprovalRules.decide(ApprovalState.APPROVED, true, false, decision, "c")))
                .isEqualTo("cases.flow.approval.error.decided");
        assertThat(refusal(ApprovalRules.decide(ApprovalState.REJECTED, true, false, decision, "c")))
                .isEqualTo("cases.flow.approval.error.decided");
    }

    @ParameterizedTest
    @EnumSource(CaseStage.class)
    void anApprovedClosureMovesEveryStageToClosureAndACasePlanMovesOnlyPlanningToServices(CaseStage stage) {
        assertThat(ApprovalRules.stageAfterApproval(ApprovalKind.CLOSURE, stage))
                .contains(CaseStage.CLOSURE);
        if (stage == CaseStage.PLANNING) {
            assertThat(ApprovalRules.stageAfterApproval(ApprovalKind.CASE_PLAN, stage))
                    .contains(CaseStage.SERVICES);
        } else {
            assertThat(ApprovalRules.stageAfterApproval(ApprovalKind.CASE_PLAN, stage))
                    .isEmpty();
        }
    }
}
