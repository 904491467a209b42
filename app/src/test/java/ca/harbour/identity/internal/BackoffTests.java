package ca.harbour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTests {

    @Test
    void theFreeFailuresCostNothingThenEachFurtherOneDoublesTheWaitUpToTheCap() {
        Backoff backoff = new Backoff(5, Duration.ofMinutes(1));
        for (int failures = 0; failures < 5; failures++) {
            assertThat(backoff.waitAfter(failures)).isZero();
        }
        assertThat(backoff.waitAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.waitAfter(6)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.waitAfter(9)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.waitAfter(10)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new Backoff(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64AndAnIpv4ClientByItsAddress() {
        assertThat(SignInThrottle.addressKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(SignInThrottle.addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
                .isNotEqualTo(SignInThrottle.addressKey("2001:db8:1:3::1"));
        assertThat(SignInThrottle.addressKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(SignInThrottle.addressKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(SignInThrottle.addressKey(null)).isEqualTo("none");
        assertThat(SignInThrottle.addressKey("not an address")).isEqualTo("not an address");
    }
}
