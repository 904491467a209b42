package ca.harbour.cases.internal;

import ca.harbour.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of the people involved in cases; a name and a date of birth are encrypted before they are stored. */
@Repository
public class PersonRecords {

    static final String NAME = "case_person.name";
    static final String BIRTH_DATE = "case_person.birth_date";

    private static final String COLUMNS = """
            select id, case_id, role, name, birth_date, age_estimate, gender, languages, indigenous_identity,
                   immigration_status, added_at
            from case_person""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    PersonRecords(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(UUID id, UUID caseId, PersonRules.Person p, UUID by, Instant at, boolean demo) {
        jdbc.sql("""
                insert into case_person(id, case_id, role, name, birth_date, age_estimate, gender, languages,
                                        indigenous_identity, immigration_status, added_by, added_at, demo)
                values (:id, :case, :role, :name, :birth, :age, :gender, :languages, :indigenous, :immigration, :by,
                        :at, :demo)""")
                .param("id", id)
                .param("case", caseId)
                .param("role", p.role().name())
                .param("name", cipher.encrypt(p.name(), NAME))
                .param(
                        "birth",
                        cipher.encrypt(
                                p.birthDate() == null ? null : p.birthDate().toString(), BIRTH_DATE))
                .param("age", p.ageEstimate())
                .param("gender", p.gender())
                .param("languages", p.languages().toArray(String[]::new))
                .param("indigenous", p.indigenousIdentity())
                .param("immigration", p.immigrationStatus())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("demo", demo)
                .update();
    }

    /** The case's people in the order they were added; suspected traffickers only when {@code sensitive}. */
    List<CasePerson> forCase(UUID caseId, boolean sensitive) {
        return jdbc.sql(COLUMNS + " where case_id = :c and (:sensitive or role <> 'SUSPECTED_TRAFFICKER')"
                        + " order by added_at, id")
                .param("c", caseId)
                .param("sensitive", sensitive)
                .query(this::map)
                .list();
    }

    private CasePerson map(ResultSet rs, int n) throws SQLException {
        String birth = cipher.decrypt(rs.getBytes(5), BIRTH_DATE);
        int age = rs.getInt(6);
        boolean noAge = rs.wasNull();
        return new CasePerson(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                PersonRole.valueOf(rs.getString(3)),
                cipher.decrypt(rs.getBytes(4), NAME),
                birth == null ? null : LocalDate.parse(birth),
                noAge ? null : age,
                rs.getString(7),
                List.of((String[]) rs.getArray(8).getArray()),
                rs.getString(9),
                rs.getString(10),
                rs.getTimestamp(11).toInstant());
    }
}
