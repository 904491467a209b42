package ca.harbour.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTests {

    private static final TrustedProxies XFF = new TrustedProxies(
            List.of("192.0.2.0/28", "2001:db8:ffff::/48", "198.51.100.7"), TrustedProxies.Header.X_FORWARDED_FOR);
    private static final TrustedProxies FORWARDED =
            new TrustedProxies(List.of("192.0.2.0/28"), TrustedProxies.Header.FORWARDED);

    @Test
    void anUntrustedPeerIsTheClientWhateverItsHeaderSays() {
        assertThat(XFF.client("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
        assertThat(XFF.client("192.0.2.16", List.of("198.51.100.1")))
                .as("just outside the /28")
                .isEqualTo("192.0.2.16");
        assertThat(new TrustedProxies(List.of(), TrustedProxies.Header.X_FORWARDED_FOR)
                        .client("127.0.0.1", List.of("198.51.100.1")))
                .as("no proxy is trusted by default, not even localhost")
                .isEqualTo("127.0.0.1");
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedAddressIsTheClientAndForgedEntriesToItsLeftAreIgnored() {
        assertThat(XFF.client("192.0.2.3", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(XFF.client("192.0.2.3", List.of("10.9.9.9, 203.0.113.9, 198.51.100.7")))
                .isEqualTo("203.0.113.9");
        assertThat(XFF.client("192.0.2.3", List.of("10.9.9.9", "203.0.113.9:5122")))
                .as("several header lines, a port")
                .isEqualTo("203.0.113.9");
        assertThat(XFF.client("2001:db8:ffff:1::2", List.of("[2001:db8:1:2::5]:443")))
                .isEqualTo("2001:db8:1:2:0:0:0:5");
        assertThat(XFF.client("192.0.2.3", List.of("198.51.100.7")))
                .as("only trusted hops: the furthest")
                .isEqualTo("198.51.100.7");
    }

    @Test
    void whatATrustedHopForwardsThatIsNotAnAddressStopsTheWalkAtThatHop() {
        assertThat(XFF.client("192.0.2.3", List.of("203.0.113.9, unknown"))).isEqualTo("192.0.2.3");
        assertThat(XFF.client("192.0.2.3", List.of("203.0.113.9, evil.example.org, 198.51.100.7")))
                .isEqualTo("198.51.100.7");
        assertThat(XFF.client("192.0.2.3", List.of(""))).isEqualTo("192.0.2.3");
    }

    @Test
    void theStandardForwardedHeaderIsReadWhenTheProxiesWriteItAndTheOtherHeaderIsNot() {
        assertThat(FORWARDED.client(
                        "192.0.2.3",
                        List.of("for=198.51.100.1;proto=https, For=\"[2001:db8:cafe::17]:4711\";by=192.0.2.3")))
                .isEqualTo("2001:db8:cafe:0:0:0:0:17");
        assertThat(FORWARDED.client("192.0.2.3", List.of("for=\"203.0.113.9:80\"")))
                .isEqualTo("203.0.113.9");
        assertThat(FORWARDED.client("192.0.2.3", List.of("for=_hidden"))).isEqualTo("192.0.2.3");
        assertThat(FORWARDED.client("192.0.2.3", List.of("proto=https"))).isEqualTo("192.0.2.3");
    }

    @Test
    void aMisconfiguredListStopsTheStartWithAMessageNamingTheEntry() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33"), TrustedProxies.Header.X_FORWARDED_FOR))
                .hasMessageContaining("'10.0.0.0/33'");
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.internal"), TrustedProxies.Header.X_FORWARDED_FOR))
                .hasMessageContaining("'proxy.internal'");
        assertThatThrownBy(() -> TrustedProxies.Header.of("X-Real-IP")).hasMessageContaining("forwarded-header");
    }

    @Test
    void onlyAddressLiteralsAreReadNeverHostNames() {
        assertThat(IpAddresses.parse("localhost")).isEmpty();
        assertThat(IpAddresses.parse("cafe")).isEmpty();
        assertThat(IpAddresses.parse("256.1.1.1")).isEmpty();
        assertThat(IpAddresses.parse("1:2:zz::1")).isEmpty();
        assertThat(IpAddresses.parse("::ffff:203.0.113.9"))
                .hasValueSatisfying(a -> assertThat(a.getHostAddress()).isEqualTo("203.0.113.9"));
        assertThat(IpAddresses.parse("[fe80::1%eth0]")).isPresent();
    }
}
