package ca.harbour.care.internal;

import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Date;
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
 * All the SQL of case conferences, their attendees and the information shared at them. Decisions, outside
 * attendees' names and roles, and the reasons of legal bases are encrypted.
 */
@Repository
public class CareConferences {

    static final String DECISIONS = "care_conference.decisions";
    static final String OUTSIDE_NAME = "care_conference_attendee.outside_name";
    static final String OUTSIDE_ROLE = "care_conference_attendee.outside_role";
    static final String REASON = "care_conference_share.reason";

    /** A conference as stored, decrypted. */
    public record Conference(
            UUID id,
            UUID youthId,
            LocalDate heldOn,
            @Nullable String decisions,
            UUID recordedBy,
            Instant recordedAt,
            boolean demo) {}

    /** A team member ({@code userId}) or someone from outside by name and role. */
    public record Attendee(
            UUID id,
            @Nullable UUID userId,
            @Nullable String outsideName,
            @Nullable String outsideRole) {}

    /** An item shared, with its ground: the consent that covered it or a legal basis with its reason. */
    public record Share(
            UUID id,
            InformationCategory category,
            UUID organizationId,
            SharingBasis basis,
            @Nullable UUID consentId,
            @Nullable String reason,
            UUID recordedBy,
            Instant recordedAt) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CareConferences(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public void insert(Conference c) {
        jdbc.sql("""
                insert into care_conference(id, youth_id, held_on, decisions, recorded_by, recorded_at, demo)
                values (:id, :youth, :on, :decisions, :by, :at, :demo)""")
                .param("id", c.id())
                .param("youth", c.youthId())
                .param("on", Date.valueOf(c.heldOn()))
                .param("decisions", encrypt(c.decisions(), DECISIONS))
                .param("by", c.recordedBy())
                .param("at", Timestamp.from(c.recordedAt()))
                .param("demo", c.demo())
                .update();
    }

    public void addAttendee(UUID conferenceId, Attendee a) {
        jdbc.sql("""
                insert into care_conference_attendee(id, conference_id, user_id, outside_name, outside_role)
                values (:id, :conference, :user, :name, :role)""")
                .param("id", a.id())
                .param("conference", conferenceId)
                .param("user", a.userId())
                .param("name", encrypt(a.outsideName(), OUTSIDE_NAME))
                .param("role", encrypt(a.outsideRole(), OUTSIDE_ROLE))
                .update();
    }

    public void addShare(UUID conferenceId, Share s) {
        jdbc.sql("""
                insert into care_conference_share(id, conference_id, category, org_id, basis, consent_id, reason,
                                                  recorded_by, recorded_at)
                values (:id, :conference, :category, :org, :basis, :consent, :reason, :by, :at)""")
                .param("id", s.id())
                .param("conference", conferenceId)
                .param("category", s.category().name())
                .param("org", s.organizationId())
                .param("basis", s.basis().name())
                .param("consent", s.consentId())
                .param("reason", encrypt(s.reason(), REASON))
                .param("by", s.recordedBy())
                .param("at", Timestamp.from(s.recordedAt()))
                .update();
    }

    public void updateDecisions(UUID conferenceId, @Nullable String decisions) {
        jdbc.sql("update care_conference set decisions = :decisions where id = :id")
                .param("id", conferenceId)
                .param("decisions", encrypt(decisions, DECISIONS))
                .update();
    }

    public Optional<Conference> find(UUID id) {
        return jdbc.sql("select * from care_conference where id = :id")
                .param("id", id)
                .query(this::conference)
                .optional();
    }

    /** The youth's conferences, latest first. */
    public List<Conference> forYouth(UUID youthId) {
        return jdbc.sql("select * from care_conference where youth_id = :youth order by held_on desc, recorded_at desc")
                .param("youth", youthId)
                .query(this::conference)
                .list();
    }

    public List<Attendee> attendees(UUID conferenceId) {
        return jdbc.sql("select * from care_conference_attendee where conference_id = :conference order by id")
                .param("conference", conferenceId)
                .query((rs, n) -> new Attendee(
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        decrypt(rs.getBytes("outside_name"), OUTSIDE_NAME),
                        decrypt(rs.getBytes("outside_role"), OUTSIDE_ROLE)))
                .list();
    }

    public List<Share> shares(UUID conferenceId) {
        return jdbc.sql(
                        "select * from care_conference_share where conference_id = :conference order by recorded_at, id")
                .param("conference", conferenceId)
                .query((rs, n) -> new Share(
                        rs.getObject("id", UUID.class),
                        InformationCategory.valueOf(rs.getString("category")),
                        rs.getObject("org_id", UUID.class),
                        SharingBasis.valueOf(rs.getString("basis")),
                        rs.getObject("consent_id", UUID.class),
                        decrypt(rs.getBytes("reason"), REASON),
                        rs.getObject("recorded_by", UUID.class),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** The organizations that have a current member in the team (those a consent "to the team" names). */
    public List<UUID> teamOrganizations(UUID teamId) {
        return jdbc.sql("""
                select distinct u.organization_id from care_team_member m join app_user u on u.id = m.user_id
                where m.team_id = :team and m.removed_at is null""").param("team", teamId).query(UUID.class).list();
    }

    private Conference conference(ResultSet rs, int n) throws SQLException {
        return new Conference(
                rs.getObject("id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getDate("held_on").toLocalDate(),
                decrypt(rs.getBytes("decisions"), DECISIONS),
                rs.getObject("recorded_by", UUID.class),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getBoolean("demo"));
    }

    private byte @Nullable [] encrypt(@Nullable String text, String context) {
        return text == null ? null : cipher.encrypt(text, context);
    }

    private @Nullable String decrypt(byte @Nullable [] bytes, String context) {
        return bytes == null ? null : cipher.decrypt(bytes, context);
    }
}
