package ca.harbour.intelligence.internal.ads;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.Permission;
import ca.harbour.identity.Scope;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.ads.AdImports.AdImport;
import ca.harbour.intelligence.internal.ads.Ads.Ad;
import ca.harbour.intelligence.internal.ads.Ads.Filter;
import ca.harbour.intelligence.internal.ads.Ads.Mention;
import ca.harbour.platform.crypto.SealedSpool;
import ca.harbour.platform.web.NotFoundException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analysts' way to ads: starting an import (in the background for the page, in the caller's thread for the
 * API), reading an import's report, the service's ads page by page and one ad with what it mentions. Each call
 * checks access (only the service's own analysts) and is audited.
 */
@Service
public class AdsDesk {

    /** The largest file an import reads. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;

    public static final int PAGE = 50;

    private static final Logger log = LoggerFactory.getLogger(AdsDesk.class);

    private final AdImporter importer;
    private final AdImports imports;
    private final Ads ads;
    private final Audit audit;
    private final TransactionTemplate tx;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ad-import");
        t.setDaemon(true);
        return t;
    });

    AdsDesk(AdImporter importer, AdImports imports, Ads ads, Audit audit, TransactionTemplate tx) {
        this.importer = importer;
        this.imports = imports;
        this.ads = ads;
        this.audit = audit;
        this.tx = tx;
    }

    /** Records a new import of the viewer's service and audits who started it. */
    private UUID start(StaffPrincipal viewer, AdFormat format) {
        require(viewer, IntelligenceContributions.AD_IMPORT);
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(t -> {
            imports.start(id, viewer.organizationId(), viewer.userId(), format, false);
            audit.record(AuditAction.CREATE, "intel_import", id, "import started");
        });
        return id;
    }

    /** Imports in the caller's thread and answers the finished report. */
    public AdImport importNow(StaffPrincipal viewer, InputStream in, AdFormat format) {
        UUID id = start(viewer, format);
        importer.run(id, viewer.organizationId(), viewer.username(), in, format, MAX_FILE_BYTES, false);
        return imports.find(id).orElseThrow();
    }

    /**
     * Starts an import of a file already saved (the upload, sealed) in the background and answers its id; the file
     * is deleted when the import ends.
     */
    public UUID importLater(StaffPrincipal viewer, SealedSpool file, AdFormat format) throws IOException {
        UUID id;
        try {
            id = start(viewer, format);
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
        background.submit(() -> {
            try (SealedSpool spool = file;
                    InputStream in = spool.open()) {
                importer.run(id, viewer.organizationId(), viewer.username(), in, format, MAX_FILE_BYTES, false);
            } catch (IOException | RuntimeException e) {
                log.warn("background ad import {} failed: {}", id, e.getClass().getSimpleName());
            }
        });
        return id;
    }

    /**
     * Imports left running by an earlier process (stopped or killed mid-import) have no thread any more: once the
     * application is ready they are marked failed, so that their page stops waiting and says why.
     */
    @EventListener(ApplicationReadyEvent.class)
    void interruptedImports() {
        Instant started =
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        int n = tx.execute(t -> imports.interrupted(started));
        if (n > 0) {
            log.warn("{} ad imports were interrupted by the last stop and are marked failed", n);
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** An import's report; {@code audited} is false for the page's progress polls. */
    @Transactional
    public AdImport report(StaffPrincipal viewer, UUID id, boolean audited) {
        AdImport found = imports.find(id).orElseThrow(NotFoundException::new);
        if (!AccessPolicy.permits(
                viewer, IntelligenceContributions.AD_READ, Ownership.of(found.policeOrganizationId()))) {
            throw NotFoundException.refused("intel_import", id);
        }
        if (audited) {
            audit.record(AuditAction.READ, "intel_import", id);
        }
        return found;
    }

    @Transactional
    public List<AdImport> imports(StaffPrincipal viewer) {
        List<AdImport> list = imports.list(scope(viewer, "i.police_org_id"), 50);
        audit.recordList(
                AuditAction.SEARCH,
                "intel_import",
                "ad imports",
                list.stream().map(AdImport::id).toList());
        return list;
    }

    /** One page of the service's ads (one more than a page, to tell whether there is a next). */
    @Transactional
    public List<Ad> list(StaffPrincipal viewer, Filter filter, int page) {
        List<Ad> list = ads.list(scope(viewer, "a.police_org_id"), filter, Math.max(0, page) * PAGE, PAGE + 1);
        audit.recordList(
                AuditAction.SEARCH,
                "intel_ad",
                "ads list",
                list.stream().map(Ad::id).toList());
        return list;
    }

    @Transactional(readOnly = true)
    public List<String> cities(StaffPrincipal viewer) {
        return ads.cities(scope(viewer, "a.police_org_id"));
    }

    /** One ad and what it mentions. */
    public record AdView(Ad ad, List<Mention> mentions) {}

    @Transactional
    public AdView read(StaffPrincipal viewer, UUID id) {
        Ad ad = ads.find(id).orElseThrow(NotFoundException::new);
        if (!AccessPolicy.permits(viewer, IntelligenceContributions.AD_READ, Ownership.of(ad.policeOrganizationId()))) {
            throw NotFoundException.refused("intel_ad", id);
        }
        audit.record(AuditAction.READ, "intel_ad", id);
        return new AdView(ad, ads.mentions(id));
    }

    private static SqlPredicate scope(StaffPrincipal viewer, String column) {
        return AccessPolicy.predicate(viewer, IntelligenceContributions.AD_READ, column, null);
    }

    private static void require(StaffPrincipal viewer, Permission permission) {
        if (AccessPolicy.scope(viewer, permission) != Scope.ORGANIZATION
                && AccessPolicy.scope(viewer, permission) != Scope.ALL) {
            throw NotFoundException.refused("intel_import", "new");
        }
    }
}
