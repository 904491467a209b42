package ca.harbour.intelligence.internal.investigations;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.PoliceTipContent;
import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.PoliceTips;
import ca.harbour.intelligence.internal.PoliceTips.PoliceTip;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.investigations.EvidenceFiles.AdOut;
import ca.harbour.intelligence.internal.investigations.EvidenceFiles.Counts;
import ca.harbour.intelligence.internal.investigations.EvidenceFiles.EntityOut;
import ca.harbour.intelligence.internal.investigations.EvidenceFiles.Exporter;
import ca.harbour.intelligence.internal.investigations.EvidenceFiles.Limits;
import ca.harbour.intelligence.internal.investigations.EvidenceFiles.LinkOut;
import ca.harbour.intelligence.internal.investigations.EvidenceFiles.Manifest;
import ca.harbour.intelligence.internal.investigations.EvidenceFiles.NoteOut;
import ca.harbour.intelligence.internal.investigations.EvidenceFiles.Provenance;
import ca.harbour.intelligence.internal.investigations.EvidenceFiles.TipOut;
import ca.harbour.intelligence.internal.investigations.EvidenceRows.AdRow;
import ca.harbour.intelligence.internal.investigations.EvidenceRows.EntityRow;
import ca.harbour.intelligence.internal.investigations.EvidenceRows.Item;
import ca.harbour.intelligence.internal.investigations.EvidenceRows.LinkRow;
import ca.harbour.intelligence.internal.investigations.Investigations.Investigation;
import ca.harbour.intelligence.internal.investigations.Investigations.Note;
import ca.harbour.intelligence.internal.investigations.Investigations.Notes;
import ca.harbour.platform.web.NotFoundException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an investigation's evidence package as a zip: the pinned entities and the ads and tips linked to them, the
 * links among them with their evidence, the notes, each item's provenance, a readable PDF summary and a manifest
 * of every file's SHA-256. Ads, tips and links are capped (see the constants) and ads are read through a cursor,
 * so a large investigation never sits whole in memory. The export is audited with the investigation's id.
 */
@Service
public class EvidenceExport {

    /** The package's format, named in its manifest. */
    public static final String FORMAT = "harbour-evidence/1";

    /** The most ads linked to pinned entities a package holds (pinned ads always go in). */
    public static final int ADS_MAX = 5_000;

    /** The most tips linked to pinned entities a package holds (pinned tips always go in). */
    public static final int TIPS_MAX = 1_000;

    /** The most links a package holds. */
    public static final int LINKS_MAX = 20_000;

    /** The audit reason of an export, in fixed words. */
    private static final String REASON = "evidence package";

    /** What the PDF summary is made from. */
    record Contents(
            Investigation investigation,
            Exporter exporter,
            Instant at,
            Counts counts,
            List<EntityRow> entities,
            List<LinkRow> links,
            List<Note> notes) {}

    private final InvestigationDesk desk;
    private final Investigations investigations;
    private final EvidenceRows rows;
    private final PoliceTips tips;
    private final OrganizationLookup organizations;
    private final SummaryPdf pdf;
    private final Audit audit;
    private final Clock clock;
    private final TransactionTemplate auditTransaction;
    private final JsonMapper json = JsonMapper.builder().build();

    EvidenceExport(
            InvestigationDesk desk,
            Investigations investigations,
            EvidenceRows rows,
            PoliceTips tips,
            OrganizationLookup organizations,
            SummaryPdf pdf,
            Audit audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.desk = desk;
        this.investigations = investigations;
        this.rows = rows;
        this.tips = tips;
        this.organizations = organizations;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
        this.auditTransaction = new TransactionTemplate(transactions);
        this.auditTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Where a package goes, opened once the viewer's access is checked, under the package's file name. */
    @FunctionalInterface
    public interface Destination {
        OutputStream open(String fileName) throws IOException;
    }

    /**
     * Checks the viewer may export the investigation, audits it, and writes its package to the destination, which
     * is opened only when the checks have passed (a refusal has written nothing).
     */
    @Transactional
    public void export(StaffPrincipal viewer, UUID id, Destination destination) throws IOException {
        Investigation investigation = desk.visible(viewer, id, false);
        UUID org = investigation.policeOrganizationId();
        if (!AccessPolicy.permits(viewer, IntelligenceContributions.INVESTIGATION_EXPORT, Ownership.of(org))) {
            throw NotFoundException.refused(InvestigationDesk.TYPE, id);
        }
        Instant at = clock.instant();
        List<Item> items = rows.items(id, org, ADS_MAX, TIPS_MAX);
        List<EntityRow> entities = rows.entities(org, items);
        UUID[] all = items.stream().map(Item::id).toArray(UUID[]::new);
        UUID[] ads = ids(items, EntityKind.AD);
        List<PoliceTip> received = tips.receivedBy(org, List.of(ids(items, EntityKind.TIP)));
        List<LinkRow> fetched = rows.links(all, LINKS_MAX + 1);
        boolean linksCapped = fetched.size() > LINKS_MAX;
        List<LinkRow> links = linksCapped ? fetched.subList(0, LINKS_MAX) : fetched;
        Notes noted = investigations.notes(id);
        List<Note> notes = noted.newest();
        Map<UUID, String> senders = organizations.active(EnumSet.allOf(OrganizationType.class)).stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
        Exporter exporter = new Exporter(viewer.userId(), viewer.username(), viewer.displayName());
        auditExport(id, entities, ads, received);

        AtomicInteger adsWritten = new AtomicInteger();
        try (PackageWriter zip = new PackageWriter(destination.open("evidence-" + id + ".zip"))) {
            List<EntityOut> entityOut = entities.stream()
                    .map(e -> new EntityOut(e.id(), e.kind(), e.label(), e.pinned(), Provenance.entity(e)))
                    .toList();
            zip.file("entities.json", o -> array(o, entityOut));
            zip.file(
                    "entities.csv",
                    o -> csv(o, w -> {
                        Csv.row(w, "id", "kind", "label", "pinned", "first_seen", "last_seen");
                        for (EntityRow e : entities) {
                            Csv.row(w, e.id(), e.kind(), e.label(), e.pinned(), e.firstSeen(), e.lastSeen());
                        }
                    }));
            zip.file("ads.json", o -> {
                try (JsonGenerator g = json.createGenerator(o)) {
                    g.writeStartArray();
                    rows.ads(org, ads, a -> {
                        g.writePOJO(adOut(a));
                        adsWritten.incrementAndGet();
                    });
                    g.writeEndArray();
                }
            });
            zip.file(
                    "ads.csv",
                    o -> csv(o, w -> {
                        Csv.row(
                                w,
                                "id",
                                "site",
                                "ad_id",
                                "posted_at",
                                "city",
                                "price",
                                "title",
                                "body",
                                "ages",
                                "flags",
                                "flag_evidence",
                                "cluster_id",
                                "import_id",
                                "imported_at");
                        rows.ads(org, ads, a -> {
                            try {
                                Csv.row(
                                        w,
                                        a.id(),
                                        a.site(),
                                        a.sourceId(),
                                        a.postedAt(),
                                        a.city(),
                                        a.price(),
                                        a.title(),
                                        a.body(),
                                        join(a.ages()),
                                        join(a.flags()),
                                        a.flagEvidence(),
                                        a.clusterId(),
                                        a.importId(),
                                        a.importedAt());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                    }));
            List<TipOut> tipOut = received.stream()
                    .map(t -> new TipOut(
                            t.id(),
                            t.basis(),
                            t.status().name(),
                            t.content(),
                            Provenance.tip(t, senders.getOrDefault(t.senderOrganizationId(), ""))))
                    .toList();
            zip.file("tips.json", o -> array(o, tipOut));
            zip.file(
                    "tips.csv",
                    o -> csv(o, w -> {
                        Csv.row(
                                w,
                                "id",
                                "basis",
                                "status",
                                "categories",
                                "exploitation_types",
                                "indicators",
                                "region",
                                "age_band",
                                "danger_now",
                                "note",
                                "caller_name",
                                "caller_phone",
                                "received_at",
                                "sending_organization_id",
                                "sending_organization");
                        for (TipOut t : tipOut) {
                            PoliceTipContent c = t.content();
                            Csv.row(
                                    w,
                                    t.id(),
                                    t.basis(),
                                    t.status(),
                                    join(c.categories()),
                                    join(c.exploitationTypes()),
                                    join(c.indicators()),
                                    c.region(),
                                    c.ageBand(),
                                    c.dangerNow(),
                                    c.note(),
                                    c.callerName(),
                                    c.callerPhone(),
                                    t.provenance().receivedAt(),
                                    t.provenance().sendingOrganizationId(),
                                    t.provenance().sendingOrganization());
                        }
                    }));
            List<LinkOut> linkOut = links.stream()
                    .map(l -> new LinkOut(
                            l.from(),
                            l.to(),
                            l.kind(),
                            l.score(),
                            json.readTree(l.evidence()),
                            l.seenAt(),
                            Provenance.link(l.kind())))
                    .toList();
            zip.file("links.json", o -> array(o, linkOut));
            zip.file(
                    "links.csv",
                    o -> csv(o, w -> {
                        Csv.row(w, "from_id", "to_id", "kind", "score", "evidence", "seen_at", "how_found");
                        for (LinkRow l : links) {
                            Csv.row(
                                    w,
                                    l.from(),
                                    l.to(),
                                    l.kind(),
                                    l.score(),
                                    l.evidence(),
                                    l.seenAt(),
                                    howFound(l.kind()));
                        }
                    }));
            zip.file(
                    "notes.json",
                    o -> array(
                            o,
                            notes.stream()
                                    .map(n -> new NoteOut(n.id(), n.authorName(), n.createdAt(), n.body()))
                                    .toList()));
            // counted once the ads are written: an ad entity without its ad row is not in the package
            Counts counts = new Counts(
                    (int) items.stream().filter(Item::pinned).count(),
                    entities.size(),
                    adsWritten.get(),
                    linked(items, EntityKind.AD),
                    received.size(),
                    linked(items, EntityKind.TIP),
                    links.size(),
                    linksCapped,
                    notes.size(),
                    noted.capped());
            Contents contents = new Contents(investigation, exporter, at, counts, entities, links, notes);
            zip.file("summary.pdf", o -> pdf.write(contents, o));
            Manifest manifest = new Manifest(
                    FORMAT,
                    id,
                    investigation.name(),
                    org,
                    exporter,
                    at,
                    counts,
                    new Limits(ADS_MAX, TIPS_MAX, LINKS_MAX, Investigations.NOTES_SHOWN),
                    zip.written());
            zip.file("manifest.json", o -> json.writeValue(o, manifest));
        }
    }

    /**
     * Audits the export and every entity, ad and tip the package may carry, committed on its own before the
     * package is opened: once bytes have left, a broken download cannot roll its audit back.
     */
    private void auditExport(UUID id, List<EntityRow> entities, UUID[] ads, List<PoliceTip> received) {
        // one row per item, never a list: a list is capped and a repeated one is skipped, and an export is data
        // leaving each time
        auditTransaction.executeWithoutResult(status -> {
            audit.record(AuditAction.EXPORT, InvestigationDesk.TYPE, id, REASON);
            entities.forEach(e -> audit.record(AuditAction.EXPORT, "intel_entity", e.id(), REASON));
            for (UUID ad : ads) {
                audit.record(AuditAction.EXPORT, "intel_ad", ad, REASON);
            }
            received.forEach(t -> audit.record(AuditAction.EXPORT, "police_tip", t.id(), REASON));
        });
    }

    /** How a link of this kind was found, as a code (the PDF says it in the exporter's language). */
    static String howFound(String kind) {
        return switch (kind) {
            case "MENTIONS" -> "TEXT_EXTRACTION";
            case "NEAR_DUPLICATE" -> "MINHASH_NEAR_DUPLICATE";
            case "SAME_AS" -> "RECORD_LINKAGE";
            default -> kind;
        };
    }

    private AdOut adOut(AdRow a) {
        return new AdOut(
                a.id(),
                a.site(),
                a.sourceId(),
                a.postedAt(),
                a.city(),
                a.price(),
                a.title(),
                a.body(),
                a.ages(),
                a.flags(),
                json.readTree(a.flagEvidence()),
                a.clusterId(),
                Provenance.ad(a));
    }

    private void array(OutputStream out, List<?> items) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartArray();
            for (Object item : items) {
                g.writePOJO(item);
            }
            g.writeEndArray();
        }
    }

    /** What writes a CSV file's rows. */
    @FunctionalInterface
    private interface Rows {
        void write(Writer out) throws IOException;
    }

    private static void csv(OutputStream out, Rows rows) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        rows.write(w);
        w.flush();
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    private static UUID[] ids(List<Item> items, EntityKind kind) {
        return items.stream().filter(i -> i.kind() == kind).map(Item::id).toArray(UUID[]::new);
    }

    /** How many of this kind the package could hold: the pinned ones and all those linked to them. */
    private static long linked(List<Item> items, EntityKind kind) {
        Map<Boolean, Long> totals = items.stream()
                .filter(i -> i.kind() == kind)
                .collect(Collectors.toMap(Item::pinned, Item::total, (a, b) -> a));
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }
}
