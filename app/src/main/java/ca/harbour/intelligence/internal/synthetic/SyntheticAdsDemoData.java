package ca.harbour.intelligence.internal.synthetic;

import ca.harbour.intelligence.internal.ads.AdFormat;
import ca.harbour.intelligence.internal.ads.AdImporter;
import ca.harbour.intelligence.internal.ads.AdImports;
import ca.harbour.intelligence.internal.synthetic.AdFiles.Format;
import ca.harbour.platform.demo.DemoDataContributor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two thousand synthetic ads with planted networks in the demo analyst's police service, imported as the analyst
 * would (extraction, flags, clusters and links follow the import), every row marked demo.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class SyntheticAdsDemoData implements DemoDataContributor {

    /** Enough for networks of tens of ads and a list of many pages, quick to import at the first start. */
    static final int ADS = 2_000;

    private record Account(UUID user, UUID organization, String username) {}

    private final AdImports imports;
    private final AdImporter importer;
    private final JdbcClient jdbc;
    private final TransactionTemplate outside;
    private final TransactionTemplate tx;

    SyntheticAdsDemoData(
            AdImports imports, AdImporter importer, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.imports = imports;
        this.importer = importer;
        this.jdbc = jdbc;
        // the demo runner calls us in its transaction; an import commits batch by batch in its own, and what
        // follows each batch (clusters, resolution) waits for that commit: so the runner's is set aside meanwhile
        this.outside = new TransactionTemplate(transactions);
        this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String name() {
        return "intelligence-synthetic-ads";
    }

    /** After the intelligence module's tips (30), so that the analyst's inbox and ads are there together. */
    @Override
    public int order() {
        return 31;
    }

    @Override
    public void contribute(Random random) {
        Optional<Account> analyst = jdbc.sql(
                        "select id, organization_id, username from app_user where username = 'analyst' and demo")
                .query((rs, n) ->
                        new Account(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .optional();
        if (analyst.isEmpty()) {
            return;
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream(1 << 20);
        try {
            AdFiles.write(new SyntheticAds(random.nextLong(), ADS), Format.CSV, csv, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UUID id = UUID.randomUUID();
        Account a = analyst.get();
        outside.executeWithoutResult(suspended -> {
            tx.executeWithoutResult(t -> imports.start(id, a.organization(), a.user(), AdFormat.CSV, true));
            importer.run(
                    id,
                    a.organization(),
                    a.username(),
                    new ByteArrayInputStream(csv.toByteArray()),
                    AdFormat.CSV,
                    csv.size(),
                    true);
        });
    }
}
