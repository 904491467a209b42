package ca.harbour.screening.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.screening.Instrument;
import ca.harbour.screening.ScreeningResult;
import ca.harbour.screening.Screenings;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and reads screenings; a stored screening always scores with the version it was answered with.
 * The answers are personal (what happened to someone), so they are stored only encrypted, and the
 * score and level, which follow from them, are not stored at all.
 */
@Service
class ScreeningService implements Screenings {

    static final String ANSWERS = "screening.answers";

    private final Instruments instruments;
    private final JdbcClient jdbc;
    private final Audit audit;
    private final FieldCipher cipher;

    ScreeningService(Instruments instruments, JdbcClient jdbc, Audit audit, FieldCipher cipher) {
        this.instruments = instruments;
        this.jdbc = jdbc;
        this.audit = audit;
        this.cipher = cipher;
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
    public Recorded record(
            StaffPrincipal who,
            String instrumentCode,
            String subjectType,
            UUID subjectId,
            UUID organizationId,
            Map<String, Integer> answers) {
        Instrument instrument = instruments.current(instrumentCode).orElseThrow(NotFoundException::new);
        Map<String, String> problems = instrument.problems(answers);
        if (!problems.isEmpty()) {
            throw Rejection.of("screening.error.incomplete", problems).exception();
        }
        ScreeningResult result = instrument.score(answers);
        UUID id = UUID.randomUUID();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        jdbc.sql("""
                insert into screening(id, instrument_id, subject_type, subject_id, organization_id, answers, answered_by, answered_at)
                values (:id, :instrument, :type, :subject, :org, :answers, :by, :at)""")
                .param("id", id)
                .param("instrument", instrument.id())
                .param("type", subjectType)
                .param("subject", subjectId)
                .param("org", organizationId)
                .param("answers", cipher.encrypt(AnswerText.write(answers), ANSWERS))
                .param("by", who == null ? null : who.userId())
                .param("at", now)
                .update();
        audit.record(AuditAction.CREATE, "screening", id, subjectType + " " + subjectId);
        return new Recorded(id, instrument, Map.copyOf(answers), result, now.toInstant());
    }

    @Override
    public List<Recorded> forSubject(String subjectType, UUID subjectId) {
        return jdbc
                .sql("""
                select id, instrument_id, answered_at, answers from screening where subject_type = :t and subject_id = :s
                order by answered_at desc""")
                .param("t", subjectType)
                .param("s", subjectId)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getTimestamp(3).toInstant(),
                    rs.getBytes(4)
                })
                .list()
                .stream()
                .map(row -> {
                    Instrument instrument = instruments.find((UUID) row[1]).orElseThrow();
                    Map<String, Integer> answers = AnswerText.read(cipher.decrypt((byte[]) row[3], ANSWERS));
                    return new Recorded(
                            (UUID) row[0], instrument, answers, instrument.score(answers), (Instant) row[2]);
                })
                .toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class EncryptedColumns {
        @Bean
        EncryptedColumn screeningAnswers() {
            return new EncryptedColumn("screening", "id", "answers", ANSWERS);
        }
    }
}
