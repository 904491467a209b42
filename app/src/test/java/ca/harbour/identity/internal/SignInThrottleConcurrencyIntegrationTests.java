package ca.harbour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.platform.crypto.LookupHash;
import ca.harbour.support.HarbourTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attempts sent all at once are counted one after another: no more of them are let through to the
 * password check than the free failures allow. The clock is held still, so no wait can run out.
 */
@HarbourTest
class SignInThrottleConcurrencyIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LookupHash lookup;

    @Autowired
    IdentitySettings settings;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void parallelAttemptsOnOneUsernameGetNoMoreChecksThanTheFreeFailures() throws Exception {
        SignInThrottle throttle =
                new SignInThrottle(jdbc, lookup, settings, Clock.fixed(Instant.now(), ZoneOffset.UTC));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        String username = "parallel" + UUID.randomUUID().toString().substring(0, 8);
        int attempts = settings.maxFailures() + 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> refused = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String address = "2001:db8:" + UUID.randomUUID().toString().substring(0, 4) + "::" + i;
                refused.add(pool.submit(() -> {
                    start.await();
                    return tx.execute(s -> throttle.attempt(username, address));
                }));
            }
            start.countDown();
            int checked = 0;
            for (Future<Boolean> r : refused) {
                checked += Boolean.TRUE.equals(r.get()) ? 0 : 1;
            }
            assertThat(checked).isEqualTo(settings.maxFailures());
        } finally {
            pool.shutdownNow();
        }
    }
}
