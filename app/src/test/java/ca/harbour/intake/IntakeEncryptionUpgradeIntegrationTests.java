package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.support.HarbourTest;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database made by an earlier Harbour, with contact notes, actions and screening answers in clear,
 * is upgraded in place: the migrations encrypt what was clear, and the values read back unchanged.
 * The earlier database is built in a schema of its own from the application's SQL migrations alone, and upgraded
 * the way the application starts (its migration strategy, which applies these older versions out of order).
 */
@HarbourTest
class IntakeEncryptionUpgradeIntegrationTests {

    @Autowired
    Flyway flyway;

    @Autowired
    FieldCipher cipher;

    @Autowired
    FlywayMigrationStrategy startup;

    @Test
    void anEarlierDatabaseHasItsClearNotesAndAnswersEncryptedOnUpgrade() {
        String schema = "before_encryption_" + UUID.randomUUID().toString().substring(0, 8);
        JdbcTemplate db = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        try {
            Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .schemas(schema)
                    .javaMigrations()
                    .load()
                    .migrate();
            UUID org = UUID.randomUUID();
            UUID user = UUID.randomUUID();
            UUID contact = UUID.randomUUID();
            UUID action = UUID.randomUUID();
            UUID screening = UUID.randomUUID();
            db.update(
                    "insert into " + schema
                            + ".organization(id, name, type, region) values (?, 'Old hotline', 'HOTLINE', 'TORONTO')",
                    org);
            db.update(
                    "insert into " + schema + ".app_user(id, organization_id, username, display_name, password_hash)"
                            + " values (?, ?, 'old.advocate', 'Old advocate', 'x')",
                    user,
                    org);
            db.update(
                    "insert into " + schema
                            + ".contact(id, organization_id, advocate_id, safe_to_talk, channel, started_at,"
                            + " caller_type, place, safe_times, follow_up) values (?, ?, ?, true, 'CALL', now(), 'VICTIM',"
                            + " 'Old motel on King', 'Mornings only', 'Call her sister back')",
                    contact,
                    org,
                    user);
            db.update(
                    "insert into " + schema
                            + ".contact(id, organization_id, advocate_id, safe_to_talk, channel, started_at,"
                            + " caller_type) values (?, ?, ?, true, 'CALL', now(), 'VICTIM')",
                    UUID.randomUUID(),
                    org,
                    user);
            db.update(
                    "insert into " + schema
                            + ".contact_action(id, contact_id, kind, detail, basis, exception_reason, created_by)"
                            + " values (?, ?, 'POLICE_TIP', 'Told Detective Roy', 'IMMINENT_DANGER', 'He has a gun at home', ?)",
                    action,
                    contact,
                    user);
            db.update(
                    "insert into " + schema
                            + ".screening(id, instrument_id, subject_type, subject_id, organization_id, score, level)"
                            + " values (?, '5c1a0000-0000-4000-8000-000000000002', 'contact', ?, ?, 6, 'CLEAR')",
                    screening,
                    contact,
                    org);
            db.update(
                    "insert into " + schema
                            + ".screening_answer(screening_id, item_code, value) values (?, 'older', 1), (?, 'runaway', 2)",
                    screening,
                    screening);

            startup.migrate(Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .schemas(schema)
                    .load());

            String contactRow = db.queryForObject(
                    "select row_to_json(t)::text from " + schema + ".contact t where id = ?", String.class, contact);
            assertThat(contactRow)
                    .doesNotContain("King")
                    .doesNotContain("Mornings")
                    .doesNotContain("sister");
            assertThat(read(db, schema, "contact", "place", contact)).isEqualTo("Old motel on King");
            assertThat(read(db, schema, "contact", "safe_times", contact)).isEqualTo("Mornings only");
            assertThat(read(db, schema, "contact", "follow_up", contact)).isEqualTo("Call her sister back");
            String actionRow = db.queryForObject(
                    "select row_to_json(t)::text from " + schema + ".contact_action t where id = ?",
                    String.class,
                    action);
            assertThat(actionRow).doesNotContain("Roy").doesNotContain("gun");
            assertThat(read(db, schema, "contact_action", "detail", action)).isEqualTo("Told Detective Roy");
            assertThat(read(db, schema, "contact_action", "exception_reason", action))
                    .isEqualTo("He has a gun at home");
            String screeningRow = db.queryForObject(
                    "select row_to_json(t)::text from " + schema + ".screening t where id = ?",
                    String.class,
                    screening);
            assertThat(screeningRow).doesNotContain("CLEAR");
            assertThat(cipher.decrypt(
                            db.queryForObject(
                                    "select answers from " + schema + ".screening where id = ?",
                                    byte[].class,
                                    screening),
                            "screening.answers"))
                    .contains("older=1")
                    .contains("runaway=2");
            assertThat(db.queryForObject("select to_regclass(?) is null", Boolean.class, schema + ".screening_answer"))
                    .isTrue();
        } finally {
            db.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private String read(JdbcTemplate db, String schema, String table, String column, UUID id) {
        byte[] stored = db.queryForObject(
                "select " + column + " from " + schema + "." + table + " where id = ?", byte[].class, id);
        return cipher.decrypt(stored, table + "." + column);
    }
}
