package ca.harbour.care.internal;

import ca.harbour.identity.SqlPredicate;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All the SQL of the youth referred to CARE teams. The youth's name and date of birth are encrypted; the age at the
 * referral stays in clear for lists and for the duty-to-report rule, which reads the age at the time.
 */
@Repository
public class CareYouthRecords {

    static final String LABEL = "care_youth.label";
    static final String BIRTH_DATE = "care_youth.birth_date";

    /** A youth as stored, decrypted. {@code ageAtReferral} is null when neither a birth date nor an estimate is known. */
    public record Youth(
            UUID id,
            UUID teamId,
            YouthSource source,
            @Nullable UUID sourceContactId,
            @Nullable UUID sourceCaseId,
            String label,
            @Nullable LocalDate birthDate,
            @Nullable Integer ageAtReferral,
            boolean ageEstimated,
            IndigenousIdentity indigenousIdentity,
            YouthStatus status,
            UUID referredBy,
            UUID referredByOrganization,
            Instant referredAt,
            @Nullable Instant firstContactAt,
            boolean demo) {}

    /** What a new referral is stored with; the status starts at RECEIVED. */
    public record NewYouth(
            UUID teamId,
            YouthSource source,
            @Nullable UUID sourceContactId,
            @Nullable UUID sourceCaseId,
            String label,
            @Nullable LocalDate birthDate,
            @Nullable Integer ageAtReferral,
            boolean ageEstimated,
            IndigenousIdentity indigenousIdentity,
            UUID referredBy,
            UUID referredByOrganization,
            Instant referredAt,
            boolean demo) {}

    private static final String COLUMNS = """
            select y.id, y.team_id, y.source, y.source_contact_id, y.source_case_id, y.label, y.birth_date,
                   y.age_at_referral, y.age_estimated, y.indigenous_identity, y.status, y.referred_by,
                   y.referred_by_org, y.referred_at, y.first_contact_at, y.demo
            from care_youth y""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CareYouthRecords(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public UUID insert(NewYouth youth) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into care_youth(id, team_id, source, source_contact_id, source_case_id, label, birth_date,
                                       age_at_referral, age_estimated, indigenous_identity, referred_by,
                                       referred_by_org, referred_at, demo)
                values (:id, :team, :source, :contact, :case, :label, :birth, :age, :estimated, :indigenous, :by,
                        :org, :at, :demo)""")
                .param("id", id)
                .param("team", youth.teamId())
                .param("source", youth.source().name())
                .param("contact", youth.sourceContactId())
                .param("case", youth.sourceCaseId())
                .param("label", cipher.encrypt(youth.label(), LABEL))
                .param(
                        "birth",
                        youth.birthDate() == null
                                ? null
                                : cipher.encrypt(youth.birthDate().toString(), BIRTH_DATE))
                .param("age", youth.ageAtReferral())
                .param("estimated", youth.ageEstimated())
                .param("indigenous", youth.indigenousIdentity().name())
                .param("by", youth.referredBy())
                .param("org", youth.referredByOrganization())
                .param("at", Timestamp.from(youth.referredAt()))
                .param("demo", youth.demo())
                .update();
        return id;
    }

    public Optional<Youth> find(UUID id) {
        return jdbc.sql(COLUMNS + " where y.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The youth the predicate lets through, newest first; {@code status} null means every status. */
    public List<Youth> list(SqlPredicate scope, @Nullable YouthStatus status, int limit, int offset) {
        return jdbc.sql(COLUMNS + " where " + scope.sql() + " and (cast(:status as text) is null or y.status = :status)"
                        + " order by y.referred_at desc, y.id limit :limit offset :offset")
                .params(scope.params())
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    public void updateStatus(UUID id, YouthStatus status) {
        jdbc.sql("update care_youth set status = :status where id = :id")
                .param("id", id)
                .param("status", status.name())
                .update();
    }

    private Youth map(ResultSet rs, int n) throws SQLException {
        byte[] birth = rs.getBytes("birth_date");
        Timestamp firstContact = rs.getTimestamp("first_contact_at");
        return new Youth(
                rs.getObject("id", UUID.class),
                rs.getObject("team_id", UUID.class),
                YouthSource.valueOf(rs.getString("source")),
                rs.getObject("source_contact_id", UUID.class),
                rs.getObject("source_case_id", UUID.class),
                cipher.decrypt(rs.getBytes("label"), LABEL),
                birth == null ? null : LocalDate.parse(cipher.decrypt(birth, BIRTH_DATE)),
                rs.getObject("age_at_referral", Integer.class),
                rs.getBoolean("age_estimated"),
                IndigenousIdentity.valueOf(rs.getString("indigenous_identity")),
                YouthStatus.valueOf(rs.getString("status")),
                rs.getObject("referred_by", UUID.class),
                rs.getObject("referred_by_org", UUID.class),
                rs.getTimestamp("referred_at").toInstant(),
                firstContact == null ? null : firstContact.toInstant(),
                rs.getBoolean("demo"));
    }
}
