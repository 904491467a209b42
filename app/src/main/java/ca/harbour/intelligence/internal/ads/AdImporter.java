package ca.harbour.intelligence.internal.ads;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.intelligence.internal.ads.AdImports.Counts;
import ca.harbour.intelligence.internal.ads.Ads.NewAd;
import ca.harbour.intelligence.internal.ads.Ads.Stored;
import ca.harbour.intelligence.internal.ads.Extraction.Found;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.Entities.NewEntity;
import ca.harbour.intelligence.internal.graph.Entities.NewLink;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.LinkKind;
import ca.harbour.intelligence.internal.graph.ResolutionSources;
import ca.harbour.intelligence.internal.graph.TextSignatures;
import ca.harbour.intelligence.internal.graph.TextSignatures.Signature;
import ca.harbour.linkage.model.Record;
import ca.harbour.platform.crypto.Randomness;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one import: reads the file a record at a time, checks each line, extracts and flags each ad, and stores a
 * batch at a time in its own transaction (ads, identifiers, mention links, the import's counts), announcing each
 * committed batch with {@link AdsImported}. What the announcement sets off (clustering, entity resolution) runs on
 * a thread of its own while the next batch is read and stored, so that both cores work; the import ends once it
 * has caught up. The same ad read again (same service, site and id) is one ad: an unchanged one is counted and
 * left as is, a changed one is replaced and read again.
 */
@Service
public class AdImporter {

    /** Ads stored per transaction. */
    public static final int BATCH = 1000;

    /** Stored batches whose follow-up may wait at once; the reader pauses for the oldest past this. */
    static final int FOLLOW_UPS_AHEAD = 2;

    /** Problems kept in an import's report; past this they are only counted. */
    public static final int MAX_PROBLEMS = 1000;

    private static final Logger log = LoggerFactory.getLogger(AdImporter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Ads ads;
    private final AdImports imports;
    private final Entities entities;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Audit audit;
    private final AdExtractor extractor = new AdExtractor();

    AdImporter(
            Ads ads,
            AdImports imports,
            Entities entities,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Audit audit) {
        this.ads = ads;
        this.imports = imports;
        this.entities = entities;
        this.tx = tx;
        this.events = events;
        this.audit = audit;
    }

    /** Reads and stores the whole file of an import already started; answers the final counts. */
    public Counts run(
            UUID importId, UUID org, String actor, InputStream in, AdFormat format, long maxBytes, boolean demo) {
        Counts counts = Counts.NONE;
        List<LineProblem> problems = new ArrayList<>();
        String status = "DONE";
        try (FollowUps followUps = new FollowUps(importId);
                AdReader reader = new AdReader(in, format, maxBytes)) {
            List<AdRecord> batch = new ArrayList<>(BATCH);
            long rejected = 0;
            AdRecord.Checked next;
            while ((next = reader.next()) != null) {
                if (next instanceof AdRecord.Ok ok) {
                    batch.add(ok.ad());
                } else if (next instanceof AdRecord.Refused refused) {
                    rejected++;
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add(refused.problem());
                    }
                }
                if (batch.size() == BATCH) {
                    counts = store(importId, org, batch, counts, reader.recordsRead(), rejected, demo, followUps);
                    batch.clear();
                }
            }
            counts = store(importId, org, batch, counts, reader.recordsRead(), rejected, demo, followUps);
        } catch (AdReader.FileRefused e) {
            status = "FAILED";
            problems.add(0, new LineProblem(0, "file." + e.code(), null));
        } catch (IOException | RuntimeException e) {
            log.warn("ad import {} failed: {}", importId, e.getClass().getSimpleName());
            status = "FAILED";
            problems.add(0, new LineProblem(0, "file.failed", null));
        }
        String finalStatus = status;
        Counts finalCounts = counts;
        tx.executeWithoutResult(t -> {
            imports.finish(importId, finalStatus, finalCounts, problems);
            audit.recordFor(actor, org, AuditAction.CREATE, "intel_import", importId, "ads imported");
        });
        events.publishEvent(new AdsImported(importId, org, List.of(), true));
        return counts;
    }

    // an ad read and looked at: its key, hash, what it names and its flags
    private record Prepared(
            AdRecord ad,
            String key,
            byte[] hash,
            Extraction extraction,
            Map<Indicator, List<String>> flags,
            @Nullable Signature signature) {}

    private Prepared prepare(AdRecord ad) {
        Extraction extraction = extractor.extract(ad);
        return new Prepared(
                ad,
                ad.site() + "/" + ad.sourceId(),
                ad.contentHash(),
                extraction,
                Indicator.flags(extraction.folded(), extraction, ad.price()),
                TextSignatures.sign(TextSignatures.adText(ad.title(), ad.body())));
    }

    private Counts store(
            UUID importId,
            UUID org,
            List<AdRecord> batch,
            Counts before,
            long read,
            long rejected,
            boolean demo,
            FollowUps followUps) {
        List<Prepared> prepared = batch.parallelStream().map(this::prepare).toList();
        Map<String, Prepared> byKey = new LinkedHashMap<>();
        long[] unchanged = {0};
        long[] updatedInBatch = {0};
        for (Prepared p : prepared) {
            Prepared earlier = byKey.put(p.key(), p);
            if (earlier != null) {
                if (Arrays.equals(earlier.hash(), p.hash())) {
                    unchanged[0]++;
                } else {
                    updatedInBatch[0]++;
                }
            }
        }
        List<UUID> written = new ArrayList<>();
        Map<UUID, Signature> signed = new HashMap<>();
        List<Record> records = new ArrayList<>();
        Counts counts = tx.execute(t -> {
            List<String> sites = new ArrayList<>();
            List<String> sourceIds = new ArrayList<>();
            for (Prepared p : byKey.values()) {
                sites.add(p.ad().site());
                sourceIds.add(p.ad().sourceId());
            }
            Map<String, Stored> stored = ads.existing(org, sites, sourceIds);
            long fresh = 0;
            long updated = updatedInBatch[0];
            long same = unchanged[0];
            List<Prepared> toWrite = new ArrayList<>();
            Map<String, UUID> adIds = new HashMap<>();
            List<UUID> changed = new ArrayList<>();
            for (Prepared p : byKey.values()) {
                Stored s = stored.get(p.key());
                if (s == null) {
                    fresh++;
                    adIds.put(adKey(p), Randomness.timeOrdered());
                } else if (Arrays.equals(s.contentHash(), p.hash())) {
                    same++;
                    continue;
                } else {
                    updated++;
                    adIds.put(adKey(p), s.id());
                    changed.add(s.id());
                }
                toWrite.add(p);
            }
            write(org, importId, toWrite, adIds, changed, demo, new Written(written, signed, records));
            Counts now = before.plus(new Counts(0, fresh, updated, same, 0));
            now = new Counts(read, now.adsNew(), now.adsUpdated(), now.adsUnchanged(), rejected);
            imports.progress(importId, now);
            return now;
        });
        if (!written.isEmpty()) {
            followUps.publish(new AdsImported(
                    importId, org, List.copyOf(written), false, new AdsImported.Derived(signed, records)));
        }
        return counts;
    }

    /**
     * The announcements of one import's stored batches, delivered in order on a thread of the import's own; at
     * most {@link #FOLLOW_UPS_AHEAD} wait. Closing waits for every one (listeners log their own failures).
     */
    private final class FollowUps implements AutoCloseable {

        private final UUID importId;
        private final ExecutorService thread;
        private final Deque<Future<?>> pending = new ArrayDeque<>();

        FollowUps(UUID importId) {
            this.importId = importId;
            this.thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "ad-import-follow-up");
                t.setDaemon(true);
                return t;
            });
        }

        void publish(AdsImported event) {
            while (pending.size() >= FOLLOW_UPS_AHEAD) {
                await(pending.removeFirst());
            }
            pending.addLast(thread.submit(() -> events.publishEvent(event)));
        }

        private void await(Future<?> f) {
            try {
                f.get();
            } catch (ExecutionException e) {
                log.warn(
                        "a follow-up of ad import {} failed: {}",
                        importId,
                        e.getCause().getClass().getName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                f.cancel(false);
            }
        }

        @Override
        public void close() {
            while (!pending.isEmpty()) {
                await(pending.removeFirst());
            }
            thread.shutdown();
        }
    }

    private static String adKey(Prepared p) {
        return EntityKind.AD + ":" + p.key();
    }

    /** What a batch's transaction wrote, for its announcement once committed. */
    private record Written(List<UUID> ids, Map<UUID, Signature> signed, List<Record> records) {}

    private void write(
            UUID org,
            UUID importId,
            List<Prepared> toWrite,
            Map<String, UUID> adIds,
            List<UUID> changed,
            boolean demo,
            Written written) {
        if (toWrite.isEmpty()) {
            return;
        }
        List<NewEntity> found = new ArrayList<>();
        List<List<NewEntity>> named = new ArrayList<>();
        for (Prepared p : toWrite) {
            found.add(
                    new NewEntity(EntityKind.AD, p.key(), p.ad().site() + " " + p.ad().sourceId(), p.ad().postedAt()));
            List<NewEntity> mine = new ArrayList<>();
            for (Found f : p.extraction().identifiers()) {
                mine.add(new NewEntity(f.kind(), f.normalised(), f.label(), p.ad().postedAt()));
            }
            found.addAll(mine);
            named.add(mine);
        }
        if (!changed.isEmpty()) {
            ads.lockRewrites(org);
        }
        Map<String, UUID> ids = entities.upsert(org, found, adIds, demo);
        List<NewAd> rows = new ArrayList<>();
        List<NewLink> links = new ArrayList<>();
        for (int i = 0; i < toWrite.size(); i++) {
            Prepared p = toWrite.get(i);
            UUID id = ids.get(adKey(p));
            written.ids().add(id);
            if (p.signature() != null) {
                written.signed().put(id, p.signature());
            }
            AdRecord ad = p.ad();
            Extraction e = p.extraction();
            BigDecimal price = ad.price() != null
                    ? ad.price()
                    : e.prices().isEmpty() ? null : e.prices().get(0);
            String city = e.cities().isEmpty() ? null : e.cities().iterator().next();
            Record resolution = ResolutionSources.adRecord(id, city, ad.title(), ad.body(), named.get(i));
            if (resolution != null) {
                written.records().add(resolution);
            }
            Map<String, List<String>> evidence = new LinkedHashMap<>();
            p.flags().forEach((k, v) -> evidence.put(k.name(), v));
            rows.add(new NewAd(
                    id,
                    ad.site(),
                    ad.sourceId(),
                    ad.postedAt(),
                    city,
                    price,
                    ad.title(),
                    ad.body(),
                    p.hash(),
                    ad.imageHashes(),
                    e.ages(),
                    p.flags().keySet().stream().map(Enum::name).toList(),
                    JSON.writeValueAsString(evidence)));
            for (Found f : e.identifiers()) {
                UUID to = ids.get(f.kind() + ":" + f.normalised());
                links.add(new NewLink(
                        id,
                        to,
                        LinkKind.MENTIONS,
                        null,
                        "{\"where\":\"" + f.where() + "\",\"how\":\"" + f.how() + "\"}",
                        ad.postedAt()));
            }
        }
        ads.forgetMentions(changed);
        ads.upsert(org, importId, rows, demo);
        entities.link(links);
    }
}
