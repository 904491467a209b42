package ca.harbour.intelligence.internal;

import ca.harbour.intake.PoliceTipContent;
import ca.harbour.intelligence.TipStatus;
import ca.harbour.platform.demo.DemoDataContributor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few tips in every state in the demo analyst's police inbox, sent by the demo advocate's hotline. Every text
 * says DEMO; only one caller agreed to be named.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class IntelligenceDemoData implements DemoDataContributor {

    private record Account(UUID user, UUID organization) {}

    private static final String[] NOTES = {
        "DEMO: Caller saw the same van drop workers at a farm at 5 a.m. every day; the driver keeps their papers.",
        "DEMO: A girl about 15 is picked up after school by different older men; caller fears she is being sold online.",
        "DEMO: Massage business open all night; women never seem to leave alone.",
        "DEMO: Un cuisinier dit devoir à son recruteur une dette qui augmente chaque mois.",
        "DEMO: Online ads with the same photos under three names in three cities.",
        "DEMO: Caller was told to hand over her passport to keep her job at a cleaning company."
    };
    private static final TipStatus[] STATES = {
        TipStatus.RECEIVED,
        TipStatus.RECEIVED,
        TipStatus.UNDER_REVIEW,
        TipStatus.UNDER_REVIEW,
        TipStatus.ACTIONED,
        TipStatus.NO_ACTION
    };
    private static final String[] FEEDBACK = {
        "DEMO: Officers visited the address and opened an investigation. Thank you.",
        "DEMO: We found no one at the address given; kept on file in case of new information."
    };

    private final PoliceTips tips;
    private final JdbcClient jdbc;
    private final Clock clock;

    IntelligenceDemoData(PoliceTips tips, JdbcClient jdbc, Clock clock) {
        this.tips = tips;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "intelligence";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void contribute(Random random) {
        Optional<Account> analyst = account("analyst");
        Optional<Account> advocate = account("advocate");
        if (analyst.isEmpty() || advocate.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (int i = 0; i < NOTES.length; i++) {
            boolean named = i == 2;
            PoliceTipContent content = new PoliceTipContent(
                    named ? List.of("SITUATION", "NOTE", "CALLER_IDENTITY") : List.of("SITUATION", "NOTE"),
                    List.of(i % 2 == 0 ? "ForcedLabour" : "SexualExploitation"),
                    List.of(i % 3 == 0 ? "DOCUMENTS" : "MOVEMENT"),
                    i % 2 == 0 ? "TORONTO" : "NORTHEAST",
                    i == 1 ? "AGE_12_15" : "AGE_18_24",
                    i == 1,
                    NOTES[i],
                    named ? "Demo Caller" : null,
                    named ? String.format("+1 416 555 %04d", random.nextInt(10_000)) : null);
            UUID id = UUID.randomUUID();
            Instant at = now.minus(Duration.ofHours(6L * (NOTES.length - i) + random.nextInt(5)));
            tips.insert(
                    id,
                    null,
                    null,
                    advocate.get().organization(),
                    analyst.get().organization(),
                    i == 1 ? "MINOR_AT_RISK" : "CONSENT",
                    content,
                    at,
                    true);
            TipStatus state = STATES[i];
            if (state != TipStatus.RECEIVED) {
                String feedback = state.closed() ? FEEDBACK[state == TipStatus.ACTIONED ? 0 : 1] : null;
                tips.update(id, state, feedback, analyst.get().user(), at.plus(Duration.ofHours(2)));
            }
        }
    }

    private Optional<Account> account(String username) {
        return jdbc.sql("select id, organization_id from app_user where username = :u and demo")
                .param("u", username)
                .query((rs, n) -> new Account(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }
}
