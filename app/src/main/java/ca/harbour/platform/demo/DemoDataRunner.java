package ca.harbour.platform.demo;

import ca.harbour.platform.PlatformSettings;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, runs each {@link DemoDataContributor} that has not yet run against this database,
 * in its own transaction, and records that it ran. A later module's contributor therefore still
 * runs on a database created before that module existed.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoDataContributor> contributors;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final long seed;

    DemoDataRunner(
            List<DemoDataContributor> contributors,
            JdbcClient jdbc,
            TransactionTemplate tx,
            PlatformSettings settings) {
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.tx = tx;
        this.seed = settings.demo().seed();
    }

    @Override
    public void run(ApplicationArguments args) {
        contributors.stream()
                .sorted(Comparator.comparingInt(DemoDataContributor::order))
                .forEach(this::runOnce);
    }

    private void runOnce(DemoDataContributor contributor) {
        tx.executeWithoutResult(status -> {
            // the lock makes two instances starting on one database take turns
            jdbc.sql("select pg_advisory_xact_lock(7261129)").query().singleValue();
            boolean done = jdbc.sql("select count(*) from demo_run where contributor = :name")
                            .param("name", contributor.name())
                            .query(Integer.class)
                            .single()
                    > 0;
            if (done) {
                return;
            }
            log.info("Generating demo data: {}...", contributor.name()); // the directory's takes a few seconds
            contributor.contribute(new Random(seed ^ contributor.name().hashCode()));
            jdbc.sql("insert into demo_run(contributor, seed) values (:name, :seed)")
                    .param("name", contributor.name())
                    .param("seed", seed)
                    .update();
            log.info("Demo data generated: {} (seed {})", contributor.name(), seed);
        });
    }
}
