package ca.harbour.identity.internal;

import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In demo mode, prints the demo accounts at every start, after the demo data exists. */
@Component
@Order(100)
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class DemoAccountsBanner implements ApplicationRunner {

    @Override
    public void run(ApplicationArguments args) {
        StringBuilder sb = new StringBuilder("\n=== Harbour DEMO MODE: synthetic data only. Demo accounts (password '")
                .append(IdentityDemoData.DEMO_PASSWORD)
                .append("'):\n");
        for (Map.Entry<String, Object[]> e : IdentityDemoData.NAMED.entrySet()) {
            sb.append(String.format("    %-12s %s%n", e.getKey(), e.getValue()[0]));
        }
        System.out.println(sb.append("===\n"));
    }
}
