package ca.harbour.cases.internal;

import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.NewConsent;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of consents; the purpose and the witness are encrypted before they are stored. */
@Repository
public class ConsentRecords {

    static final String PURPOSE = "case_consent.purpose";
    static final String WITNESS = "case_consent.witness";

    private static final String COLUMNS = """
            select id, case_id, given_by, categories, recipient_org_id, recipient_service_id, purpose, valid_from,
                   valid_until, manner, witness, recorded_at, withdrawn_at
            from case_consent""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ConsentRecords(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(UUID id, UUID caseId, NewConsent c, UUID by, Instant at) {
        jdbc.sql("""
                insert into case_consent(id, case_id, given_by, categories, recipient_org_id, recipient_service_id,
                                         purpose, valid_from, valid_until, manner, witness, recorded_by, recorded_at)
                values (:id, :case, :givenBy, :categories, :org, :service, :purpose, :from, :until, :manner, :witness,
                        :by, :at)""")
                .param("id", id)
                .param("case", caseId)
                .param("givenBy", c.givenBy().name())
                .param(
                        "categories",
                        c.categories().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("org", c.recipientOrganizationId())
                .param("service", c.recipientServiceId())
                .param("purpose", cipher.encrypt(c.purpose(), PURPOSE))
                .param("from", Date.valueOf(c.validFrom()))
                .param("until", c.validUntil() == null ? null : Date.valueOf(c.validUntil()))
                .param("manner", c.manner().name())
                .param("witness", cipher.encrypt(c.witness(), WITNESS))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<Consent> find(UUID id, boolean forUpdate) {
        return jdbc.sql(COLUMNS + " where id = :id" + (forUpdate ? " for update" : ""))
                .param("id", id)
                .query(this::map)
                .optional();
    }

    List<Consent> forCase(UUID caseId) {
        return jdbc.sql(COLUMNS + " where case_id = :case order by recorded_at desc, id")
                .param("case", caseId)
                .query(this::map)
                .list();
    }

    void withdraw(UUID id, UUID by, Instant at) {
        jdbc.sql("update case_consent set withdrawn_at = :at, withdrawn_by = :by where id = :id"
                        + " and withdrawn_at is null")
                .param("id", id)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    private Consent map(ResultSet rs, int n) throws SQLException {
        Date until = rs.getDate(9);
        Timestamp withdrawn = rs.getTimestamp(13);
        return new Consent(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                Consent.GivenBy.valueOf(rs.getString(3)),
                Arrays.stream((String[]) rs.getArray(4).getArray())
                        .map(ConsentCategory::valueOf)
                        .collect(Collectors.toUnmodifiableSet()),
                rs.getObject(5, UUID.class),
                rs.getObject(6, UUID.class),
                cipher.decrypt(rs.getBytes(7), PURPOSE),
                rs.getDate(8).toLocalDate(),
                until == null ? null : until.toLocalDate(),
                Consent.Manner.valueOf(rs.getString(10)),
                cipher.decrypt(rs.getBytes(11), WITNESS),
                rs.getTimestamp(12).toInstant(),
                withdrawn == null ? null : withdrawn.toInstant());
    }
}
