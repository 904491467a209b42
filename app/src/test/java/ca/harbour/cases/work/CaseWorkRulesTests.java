package ca.harbour.cases.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.cases.internal.work.CaseNote;
import ca.harbour.cases.internal.work.NeedDomain;
import ca.harbour.cases.internal.work.NeedLevel;
import ca.harbour.cases.internal.work.NeedsAssessment;
import ca.harbour.cases.internal.work.NoteSensitivity;
import ca.harbour.cases.internal.work.PlannedServiceStatus;
import ca.harbour.cases.internal.work.SafetyPlan;
import ca.harbour.cases.internal.work.ServicePlan;
import ca.harbour.platform.domain.Rejected;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of case work, without Spring: service status moves, the safety plan's limits, needs, restricted notes. */
class CaseWorkRulesTests {

    @ParameterizedTest
    @EnumSource(PlannedServiceStatus.class)
    void everyServiceStatusMovesOnlyWhereThePlanAllows(PlannedServiceStatus from) {
        EnumSet<PlannedServiceStatus> allowed = switch (from) {
            case PLANNED ->
                EnumSet.of(
                        PlannedServiceStatus.REQUESTED,
                        PlannedServiceStatus.IN_PROGRESS,
                        PlannedServiceStatus.DELIVERED,
                        PlannedServiceStatus.CANCELLED);
            case REQUESTED ->
                EnumSet.of(
                        PlannedServiceStatus.PLANNED,
                        PlannedServiceStatus.IN_PROGRESS,
                        PlannedServiceStatus.DELIVERED,
                        PlannedServiceStatus.CANCELLED);
            case IN_PROGRESS -> EnumSet.of(PlannedServiceStatus.DELIVERED, PlannedServiceStatus.CANCELLED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(PlannedServiceStatus.class);
        };
        for (PlannedServiceStatus to : PlannedServiceStatus.values()) {
            assertThat(from.mayMoveTo(to)).as(from + " to " + to).isEqualTo(allowed.contains(to));
        }
        assertThat(from.mayMoveTo(from)).isFalse();
        assertThat(from.open()).isEqualTo(!allowed.isEmpty());
    }

    @Test
    void aServiceIsOverdueOnlyWhileStillToBeGivenAfterItsDueDate() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        for (PlannedServiceStatus s : PlannedServiceStatus.values()) {
            assertThat(service(s, today.minusDays(1)).overdue(today))
                    .as(s.name())
                    .isEqualTo(s.open());
            assertThat(service(s, today).overdue(today)).isFalse();
            assertThat(service(s, null).overdue(today)).isFalse();
        }
    }

    private static ServicePlan.Service service(PlannedServiceStatus status, @Nullable LocalDate due) {
        return new ServicePlan.Service(
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Shelter", "Agency", status, due, null);
    }

    @Test
    void aSafetyPlanDropsBlankRowsAndTrimsWhatItKeeps() {
        SafetyPlan plan = new SafetyPlan(
                List.of(" The recruiter knows her address ", "", "  "),
                List.of(
                        new SafetyPlan.SafeContact(" Sister ", " 416-555-0101 after 6 ", ""),
                        new SafetyPlan.SafeContact("", "", "")),
                " blue car ",
                "",
                List.of(new SafetyPlan.Step("Pack a bag", true), new SafetyPlan.Step(" ", false)));
        SafetyPlan kept = plan.checked();
        assertThat(kept.risks()).containsExactly("The recruiter knows her address");
        assertThat(kept.contacts()).containsExactly(new SafetyPlan.SafeContact("Sister", "416-555-0101 after 6", ""));
        assertThat(kept.codeWords()).isEqualTo("blue car");
        assertThat(kept.steps()).containsExactly(new SafetyPlan.Step("Pack a bag", true));
        assertThat(SafetyPlan.empty().checked().isEmpty()).isTrue();
    }

    @Test
    void aSafetyPlanRefusesEachFieldAtFaultByItsPlaceInTheForm() {
        SafetyPlan plan = new SafetyPlan(
                List.of("ok", "x".repeat(501)),
                List.of(new SafetyPlan.SafeContact("", "", "Friend")),
                "",
                "y".repeat(501),
                List.of(
                        new SafetyPlan.Step("ok", false),
                        new SafetyPlan.Step("", false),
                        new SafetyPlan.Step("z".repeat(501), true)));
        assertThatThrownBy(plan::checked)
                .isInstanceOfSatisfying(
                        Rejected.class,
                        e -> assertThat(e.rejection().fields())
                                .containsOnlyKeys("risk-1", "contactName-0", "contactReach-0", "safeTimes", "step-2"));
        SafetyPlan tooMany = new SafetyPlan(Collections.nCopies(31, "risk"), List.of(), "", "", List.of());
        assertThatThrownBy(tooMany::checked)
                .isInstanceOfSatisfying(
                        Rejected.class,
                        e -> assertThat(e.rejection().messageKey()).isEqualTo("cases.work.safety.error.tooMany"));
    }

    @Test
    void aNeedsAssessmentCoversEveryAreaAndRefusesUnknownLevelsAreasAndLongNotes() {
        List<NeedsAssessment.Need> needs =
                NeedsAssessment.read(Map.of("HOUSING", "URGENT"), Map.of("HOUSING", " couch "));
        assertThat(needs).hasSize(NeedDomain.values().length);
        assertThat(needs)
                .filteredOn(n -> n.domain() == NeedDomain.HOUSING)
                .containsExactly(new NeedsAssessment.Need(NeedDomain.HOUSING, NeedLevel.URGENT, "couch"));
        assertThat(needs).filteredOn(n -> n.domain() == NeedDomain.LEGAL).allMatch(n -> n.level() == NeedLevel.NONE);

        assertThatThrownBy(() -> NeedsAssessment.read(Map.of("HOUSING", "DIRE"), Map.of()))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.rejection().fields()).containsOnlyKeys("level-HOUSING"));
        assertThatThrownBy(() -> NeedsAssessment.read(Map.of(), Map.of("LEGAL", "n".repeat(2001))))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.rejection().fields()).containsOnlyKeys("note-LEGAL"));
        assertThatThrownBy(() -> NeedsAssessment.read(Map.of("ASTROLOGY", "LOW"), Map.of()))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        e -> assertThat(e.rejection().messageKey()).isEqualTo("cases.work.needs.error.domain"));
    }

    @Test
    void aRestrictedNoteIsReadOnlyByItsAuthorAndThoseWhoMayChangeTheCase() {
        UUID author = UUID.randomUUID();
        UUID colleague = UUID.randomUUID();
        for (NoteSensitivity s : NoteSensitivity.values()) {
            CaseNote note =
                    new CaseNote(UUID.randomUUID(), UUID.randomUUID(), "t", s, null, author, "A", Instant.now());
            assertThat(note.readableBy(author, false)).isTrue();
            assertThat(note.readableBy(colleague, true)).isTrue();
            assertThat(note.readableBy(colleague, false)).isEqualTo(s != NoteSensitivity.RESTRICTED);
        }
    }
}
