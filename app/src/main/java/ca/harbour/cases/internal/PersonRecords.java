package ca.harbour.cases.internal;

import ca.harbour.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

    /** Replaces what is recorded about a person; the case and when they were added stay. */
    void update(UUID id, PersonRules.Person p) {
        jdbc.sql("""
                update case_person set role = :role, name = :name, birth_date = :birth, age_estimate = :age,
                       gender = :gender, languages = :languages, indigenous_identity = :indigenous,
                       immigration_status = :immigration
                where id = :id""")
                .param("id", id)
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
                .update();
    }

    /** Removes the person from the case: their name and details are gone, the audit and timeline keep the id. */
    void delete(UUID id) {
        jdbc.sql("delete from case_person where id = :id").param("id", id).update();
    }

    /** One person of the case (whatever their role: the caller decides who may see them). */
    Optional<CasePerson> find(UUID caseId, UUID id) {
        return jdbc.sql(COLUMNS + " where case_id = :c and id = :id")
                .param("c", caseId)
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** How many survivors the case has. */
    int survivors(UUID caseId) {
        return jdbc.sql("select count(*) from case_person where case_id = :c and role = 'SURVIVOR'")
                .param("c", caseId)
                .query(Integer.class)
                .single();
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
