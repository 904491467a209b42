package ca.harbour.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SenderRateLimitTests {

    @Test
    void twoAddressesInOneIpv6SlashSixtyFourShareOneLimitAndAnotherNetworkDoesNot() {
        SenderRateLimit limit = new SenderRateLimit(2, Duration.ofMinutes(10));
        assertThat(limit.tryAcquire("2001:db8:1:2::1")).isEmpty();
        assertThat(limit.tryAcquire("2001:db8:1:2:a:b:c:d")).isEmpty();
        assertThat(limit.tryAcquire("2001:0db8:0001:0002:ffff::9"))
                .as("third from the same /64")
                .isPresent();
        assertThat(limit.tryAcquire("2001:db8:1:3::1"))
                .as("the next /64 is someone else")
                .isEmpty();
    }

    @Test
    void ipv4AddressesAreEachTheirOwnSender() {
        SenderRateLimit limit = new SenderRateLimit(1, Duration.ofMinutes(10));
        assertThat(limit.tryAcquire("203.0.113.1")).isEmpty();
        assertThat(limit.tryAcquire("203.0.113.2")).isEmpty();
        assertThat(limit.tryAcquire("::ffff:203.0.113.1"))
                .as("the same address written as IPv4-mapped IPv6")
                .isPresent();
    }

    @Test
    void aRefusalSaysHowLongUntilTheWindowLetsTheSenderInAgain() {
        SenderRateLimit limit = new SenderRateLimit(1, Duration.ofMinutes(10));
        limit.tryAcquire("203.0.113.1");
        assertThat(limit.tryAcquire("203.0.113.1"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10)));
    }
}
