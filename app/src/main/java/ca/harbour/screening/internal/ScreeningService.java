package ca.harbour.screening.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.web.InvalidRequestException;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.screening.Instrument;
import ca.harbour.screening.ScreeningResult;
import ca.harbour.screening.Screenings;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores and reads screenings; a stored screening always scores with the version it was answered with. */
@Service
class ScreeningService implements Screenings {

    private final Instruments instruments;
    private final JdbcClient jdbc;
    private final Audit audit;

    ScreeningService(Instruments instruments, JdbcClient jdbc, Audit audit) {
        this.instruments = instruments;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<Instrument> current(String code) {
        return instruments.current(code);
    }

    @Override
    public List<Instrument> currentInstruments() {
        return instruments.currentAll();
    }

    @Override
    @Transactional
    public Recorded record(StaffPrincipal who, String instrumentCode, String subjectType, UUID subjectId,
            UUID organizationId, Map<String, Integer> answers) {
        Instrument instrument = instruments.current(instrumentCode).orElseThrow(NotFoundException::new);
        Map<String, String> problems = instrument.problems(answers);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("screening.error.incomplete", problems);
        }
        ScreeningResult result = instrument.score(answers);
        UUID id = UUID.randomUUID();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        jdbc.sql("""
                insert into screening(id, instrument_id, subject_type, subject_id, organization_id, score, level, answered_by, answered_at)
                values (:id, :instrument, :type, :subject, :org, :score, :level, :by, :at)""")
                .param("id", id).param("instrument", instrument.id()).param("type", subjectType).param("subject", subjectId)
                .param("org", organizationId).param("score", result.score()).param("level", result.level().name())
                .param("by", who == null ? null : who.userId()).param("at", now).update();
        answers.forEach((code, value) -> jdbc.sql("insert into screening_answer(screening_id, item_code, value) values (:s, :c, :v)")
                .param("s", id).param("c", code).param("v", value).update());
        audit.record(AuditAction.CREATE, "screening", id, subjectType + " " + subjectId);
        return new Recorded(id, instrument, Map.copyOf(answers), result, now.toInstant());
    }

    @Override
    public List<Recorded> forSubject(String subjectType, UUID subjectId) {
        return jdbc.sql("""
                select id, instrument_id, answered_at from screening where subject_type = :t and subject_id = :s
                order by answered_at desc""").param("t", subjectType).param("s", subjectId)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()})
                .list().stream().map(row -> {
                    UUID id = (UUID) row[0];
                    Instrument instrument = instruments.find((UUID) row[1]).orElseThrow();
                    Map<String, Integer> answers = new LinkedHashMap<>();
                    jdbc.sql("select item_code, value from screening_answer where screening_id = :s").param("s", id)
                            .query(rs -> {
                                answers.put(rs.getString(1), rs.getInt(2));
                            });
                    return new Recorded(id, instrument, answers, instrument.score(answers), (java.time.Instant) row[2]);
                }).toList();
    }
}
