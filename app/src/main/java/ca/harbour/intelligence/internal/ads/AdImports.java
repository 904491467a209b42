package ca.harbour.intelligence.internal.ads;

import ca.harbour.identity.SqlPredicate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of imports: one row per upload with its running counts and, at the end, its problems by line. */
@Repository
public class AdImports {

    /** An import and its report so far. */
    public record AdImport(
            UUID id,
            UUID policeOrganizationId,
            UUID importedBy,
            AdFormat format,
            String status,
            Instant startedAt,
            @Nullable Instant finishedAt,
            Counts counts,
            List<LineProblem> problems,
            @Nullable Instant flaggedAt) {

        public boolean running() {
            return "RUNNING".equals(status);
        }

        /** Finished, but the flags that need all its ads are still being added to the ads it reached. */
        public boolean flagsPending() {
            return !running() && flaggedAt == null;
        }
    }

    /** How many lines were read and what became of them. */
    public record Counts(long linesRead, long adsNew, long adsUpdated, long adsUnchanged, long linesRejected) {

        public Counts plus(Counts o) {
            return new Counts(
                    linesRead + o.linesRead,
                    adsNew + o.adsNew,
                    adsUpdated + o.adsUpdated,
                    adsUnchanged + o.adsUnchanged,
                    linesRejected + o.linesRejected);
        }

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    AdImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void start(UUID id, UUID org, UUID user, AdFormat format, boolean demo) {
        jdbc.sql("""
                insert into intel_import (id, police_org_id, imported_by, format, demo)
                values (:id, :org, :user, :format, :demo)""")
                .param("id", id)
                .param("org", org)
                .param("user", user)
                .param("format", format.name())
                .param("demo", demo)
                .update();
    }

    public void progress(UUID id, Counts c) {
        jdbc.sql("""
                update intel_import set lines_read = :read, ads_new = :new, ads_updated = :updated,
                       ads_unchanged = :unchanged, lines_rejected = :rejected where id = :id""")
                .param("id", id)
                .param("read", (int) c.linesRead())
                .param("new", (int) c.adsNew())
                .param("updated", (int) c.adsUpdated())
                .param("unchanged", (int) c.adsUnchanged())
                .param("rejected", (int) c.linesRejected())
                .update();
    }

    public void finish(UUID id, String status, Counts counts, List<LineProblem> problems) {
        progress(id, counts);
        jdbc.sql("""
                update intel_import set status = :status, finished_at = now(), problems = :problems::jsonb
                 where id = :id""")
                .param("id", id)
                .param("status", status)
                .param("problems", JSON.writeValueAsString(problems))
                .update();
    }

    /**
     * Marks failed the imports still running that started before {@code before} (the start of this process: no
     * thread of it runs them), with the problem {@code file.interrupted}; answers how many. One process runs
     * Harbour's imports.
     */
    public int interrupted(Instant before) {
        return jdbc.sql("""
                update intel_import set status = 'FAILED', finished_at = now(), problems = :problems::jsonb
                 where status = 'RUNNING' and started_at < :before""")
                .param("before", Timestamp.from(before))
                .param("problems", JSON.writeValueAsString(List.of(new LineProblem(0, INTERRUPTED, null))))
                .update();
    }

    /** Notes that the import's cross-ad flags were added. */
    public void flagged(UUID id) {
        jdbc.sql("update intel_import set flagged_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    /** An import whose cross-ad flags are still to be added, and its service. */
    public record Unflagged(UUID id, UUID policeOrganizationId) {}

    /**
     * The imports started before {@code before} (the start of this process) whose cross-ad flags were never added:
     * a stop came first. Oldest first, the order their flags would have been added in.
     */
    public List<Unflagged> unflagged(Instant before) {
        return jdbc.sql("""
                select id, police_org_id as police_organization_id from intel_import
                 where flagged_at is null and started_at < :before order by started_at""")
                .param("before", Timestamp.from(before))
                .query(Unflagged.class)
                .list();
    }

    /** The problem of an import that the stop of the application interrupted. */
    public static final String INTERRUPTED = "file.interrupted";

    public Optional<AdImport> find(UUID id) {
        return jdbc.sql(COLUMNS + " where i.id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The imports the predicate lets the viewer see, newest first. */
    public List<AdImport> list(SqlPredicate scope, int limit) {
        return jdbc.sql(COLUMNS + " where " + scope.sql() + " order by i.started_at desc limit :limit")
                .params(scope.params())
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    private static final String COLUMNS = """
            select i.id, i.police_org_id, i.imported_by, i.format, i.status, i.started_at, i.finished_at,
                   i.lines_read, i.ads_new, i.ads_updated, i.ads_unchanged, i.lines_rejected, i.problems::text,
                   i.flagged_at
              from intel_import i""";

    private static AdImport row(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp(7);
        Timestamp flagged = rs.getTimestamp(14);
        return new AdImport(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                AdFormat.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                finished == null ? null : finished.toInstant(),
                new Counts(rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12)),
                JSON.readValue(rs.getString(13), new TypeReference<List<LineProblem>>() {}),
                flagged == null ? null : flagged.toInstant());
    }
}
