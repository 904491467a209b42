package ca.harbour.care.internal;

import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of youth consents; the purpose and the witness are encrypted before they are stored. */
@Repository
public class YouthConsents {

    static final String PURPOSE = "care_consent.purpose";
    static final String WITNESS = "care_consent.witness";

    private static final String COLUMNS = """
            select id, youth_id, given_by, categories, recipient_org_id, purpose, valid_from, valid_until, manner,
                   witness, recorded_at, withdrawn_at, demo
            from care_consent""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    YouthConsents(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Stores the consent as given (its id, youth and recording time included). */
    public void insert(YouthConsent c, UUID by) {
        jdbc.sql("""
                insert into care_consent(id, youth_id, given_by, categories, recipient_org_id, purpose, valid_from,
                                         valid_until, manner, witness, recorded_by, recorded_at, demo)
                values (:id, :youth, :givenBy, :categories, :org, :purpose, :from, :until, :manner, :witness, :by,
                        :at, :demo)""")
                .param("id", c.id())
                .param("youth", c.youthId())
                .param("givenBy", c.givenBy().name())
                .param(
                        "categories",
                        c.categories().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("org", c.recipientOrganizationId())
                .param("purpose", cipher.encrypt(c.purpose(), PURPOSE))
                .param("from", Date.valueOf(c.validFrom()))
                .param("until", c.validUntil() == null ? null : Date.valueOf(c.validUntil()))
                .param("manner", c.manner().name())
                .param("witness", c.witness() == null ? null : cipher.encrypt(c.witness(), WITNESS))
                .param("by", by)
                .param("at", Timestamp.from(c.recordedAt()))
                .param("demo", c.demo())
                .update();
    }

    /** The youth's consents, newest first. */
    public List<YouthConsent> forYouth(UUID youthId) {
        return jdbc.sql(COLUMNS + " where youth_id = :youth order by recorded_at desc, id")
                .param("youth", youthId)
                .query(this::map)
                .list();
    }

    /** Withdraws the consent now; false when it was already withdrawn or is not the youth's. */
    public boolean withdraw(UUID youthId, UUID consentId, UUID by, Instant at) {
        return jdbc.sql("""
                update care_consent set withdrawn_at = :at, withdrawn_by = :by
                where id = :id and youth_id = :youth and withdrawn_at is null""")
                        .param("id", consentId)
                        .param("youth", youthId)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    private YouthConsent map(ResultSet rs, int n) throws SQLException {
        Date until = rs.getDate("valid_until");
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        byte[] witness = rs.getBytes("witness");
        return new YouthConsent(
                rs.getObject("id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                YouthConsent.GivenBy.valueOf(rs.getString("given_by")),
                Arrays.stream((String[]) rs.getArray("categories").getArray())
                        .map(InformationCategory::valueOf)
                        .collect(Collectors.toUnmodifiableSet()),
                rs.getObject("recipient_org_id", UUID.class),
                cipher.decrypt(rs.getBytes("purpose"), PURPOSE),
                rs.getDate("valid_from").toLocalDate(),
                until == null ? null : until.toLocalDate(),
                YouthConsent.Manner.valueOf(rs.getString("manner")),
                witness == null ? null : cipher.decrypt(witness, WITNESS),
                rs.getTimestamp("recorded_at").toInstant(),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getBoolean("demo"));
    }
}
