package ca.harbour.screening;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.screening.internal.Instruments;
import ca.harbour.support.Fixtures;
import ca.harbour.support.OwnDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The screening module on its own, with the modules whose beans it uses (audit and the shared kernel) and
 * identity, which the fixtures need to make accounts; no intake, no directory. Each test makes its own
 * instrument, organization and advocate.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "identity")
@OwnDatabase
@Import(Fixtures.class)
class ScreeningModuleTests {

    @Autowired
    Screenings screenings;

    @Autowired
    Instruments instruments;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Instrument draft(String code, String nameEn, BigDecimal papersWeight) {
        return new Instrument(
                null,
                code,
                0,
                nameEn,
                nameEn + " (fr)",
                "ADULT",
                BigDecimal.valueOf(2),
                BigDecimal.valueOf(4),
                List.of(
                        new InstrumentItem(
                                "papers",
                                "CONTROL",
                                "Are your papers kept by someone else?",
                                "Quelqu'un garde-t-il vos papiers?",
                                InstrumentItem.Scale.YES_NO,
                                papersWeight),
                        new InstrumentItem(
                                "locked",
                                "MOVEMENT",
                                "Are you locked in at night?",
                                "Êtes-vous enfermé la nuit?",
                                InstrumentItem.Scale.FREQUENCY,
                                BigDecimal.ONE)));
    }

    private static String freshCode() {
        return "MODULE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void publishingTwiceMakesVersionTwoCurrentAndAuditsEachVersion(Scenario scenario) {
        String code = freshCode();
        instruments.publish(draft(code, "Module screen", BigDecimal.valueOf(3)), "module-test");

        scenario.stimulate(() -> instruments.publish(draft(code, "Module screen v2", BigDecimal.ONE), "module-test"))
                .andWaitForStateChange(
                        () -> screenings.current(code).map(Instrument::version).orElse(0), version -> version == 2)
                .andVerify(version -> {
                    assertThat(screenings.current(code).orElseThrow().nameEn()).isEqualTo("Module screen v2");
                    assertThat(jdbc.queryForObject("""
                            select count(*) from audit_event where action = 'CREATE' and resource_type = 'instrument'
                              and reason like ?""", Integer.class, code + " version %"))
                            .isEqualTo(2);
                });
    }

    @Test
    void aScreeningIsScoredWithTheVersionItWasAnsweredWithAfterANewVersionIsPublished(Scenario scenario) {
        String code = freshCode();
        instruments.publish(draft(code, "Module screen", BigDecimal.valueOf(3)), "module-test");
        Organization hotline = fixtures.organization(OrganizationType.HOTLINE);
        var advocate = fixtures.staff(hotline, Role.ADVOCATE);
        SecurityContextHolder.getContext().setAuthentication(advocate);
        StaffPrincipal who = Fixtures.principal(advocate);
        UUID subject = UUID.randomUUID();

        scenario.stimulate(() -> screenings.record(
                        who, code, "module-test", subject, hotline.id(), Map.of("papers", 1, "locked", 2)))
                .andWaitForStateChange(() -> screenings.forSubject("module-test", subject), found -> !found.isEmpty())
                .andVerify(found -> {
                    instruments.publish(draft(code, "Module screen v2", BigDecimal.ONE), "module-test");
                    Screenings.Recorded recorded =
                            screenings.forSubject("module-test", subject).get(0);
                    assertThat(recorded.instrument().version()).isEqualTo(1);
                    // 3 for the papers, 2 for the nights locked in: 5, past the "clear" threshold of 4 (version 2
                    // weighs the papers 1, which would make it 3, only "possible")
                    assertThat(recorded.result().level()).isEqualTo(ConcernLevel.CLEAR);
                    assertThat(jdbc.queryForObject("""
                            select count(*) from audit_event where action = 'CREATE' and resource_type = 'screening'
                              and actor = ?""", Integer.class, who.username()))
                            .isEqualTo(1);
                });
    }
}
