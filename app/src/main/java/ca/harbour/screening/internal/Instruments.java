package ca.harbour.screening.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.screening.Instrument;
import ca.harbour.screening.InstrumentItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Instrument versions in PostgreSQL. A version once written never changes. */
@Repository
public class Instruments {

    private final JdbcClient jdbc;
    private final Audit audit;

    Instruments(JdbcClient jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<Instrument> current(String code) {
        return jdbc.sql("select id from instrument where code = :c order by version desc limit 1")
                .param("c", code)
                .query(UUID.class)
                .optional()
                .flatMap(this::find);
    }

    public List<Instrument> currentAll() {
        return jdbc.sql("select distinct code from instrument order by code").query(String.class).list().stream()
                .map(this::current)
                .flatMap(Optional::stream)
                .toList();
    }

    /** One stored version as the editor lists it: who wrote it and when. */
    public record Version(
            String code,
            int version,
            String nameEn,
            String nameFr,
            String audience,
            int items,
            String createdBy,
            Instant createdAt) {

        public String name(String language) {
            return "fr".equals(language) ? nameFr : nameEn;
        }
    }

    /** Every version of every instrument, by code, newest version first. */
    public List<Version> versions() {
        return jdbc.sql("""
                select i.code, i.version, i.name_en, i.name_fr, i.audience,
                    (select count(*) from instrument_item t where t.instrument_id = i.id), i.created_by, i.created_at
                from instrument i order by i.code, i.version desc""")
                .query((rs, n) -> new Version(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    public Optional<Instrument> find(String code, int version) {
        return jdbc.sql("select id from instrument where code = :c and version = :v")
                .param("c", code)
                .param("v", version)
                .query(UUID.class)
                .optional()
                .flatMap(this::find);
    }

    public Optional<Instrument> find(UUID id) {
        List<InstrumentItem> items = jdbc.sql("""
                select code, domain, text_en, text_fr, scale, weight from instrument_item
                where instrument_id = :id order by position""")
                .param("id", id)
                .query((rs, n) -> new InstrumentItem(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        InstrumentItem.Scale.valueOf(rs.getString(5)),
                        rs.getBigDecimal(6)))
                .list();
        return jdbc.sql(
                        "select id, code, version, name_en, name_fr, audience, possible_at, clear_at from instrument where id = :id")
                .param("id", id)
                .query((rs, n) -> new Instrument(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        items))
                .optional();
    }

    /** Stores {@code draft} as the next version of its code and returns it as stored. */
    @Transactional
    public Instrument publish(Instrument draft, String author) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:c))")
                .param("c", draft.code())
                .query()
                .singleValue();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from instrument where code = :c")
                .param("c", draft.code())
                .query(Integer.class)
                .single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into instrument(id, code, version, name_en, name_fr, audience, possible_at, clear_at, created_by)
                values (:id, :code, :v, :en, :fr, :aud, :possible, :clear, :by)""")
                .param("id", id)
                .param("code", draft.code())
                .param("v", version)
                .param("en", draft.nameEn())
                .param("fr", draft.nameFr())
                .param("aud", draft.audience())
                .param("possible", draft.possibleAt())
                .param("clear", draft.clearAt())
                .param("by", author)
                .update();
        int position = 0;
        for (InstrumentItem item : draft.items()) {
            jdbc.sql("""
                    insert into instrument_item(instrument_id, position, code, domain, text_en, text_fr, scale, weight)
                    values (:id, :p, :code, :domain, :en, :fr, :scale, :w)""")
                    .param("id", id)
                    .param("p", ++position)
                    .param("code", item.code())
                    .param("domain", item.domain())
                    .param("en", item.textEn())
                    .param("fr", item.textFr())
                    .param("scale", item.scale().name())
                    .param("w", item.weight())
                    .update();
        }
        audit.record(AuditAction.CREATE, "instrument", id, draft.code() + " version " + version);
        return find(id).orElseThrow();
    }
}
