package ca.harbour.platform.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the real client of a request that came through reverse proxies we run. A forwarded
 * header is believed only as far as it was written by a trusted proxy: the chain is walked from
 * the right (the hop nearest us), and the first address that is not a trusted proxy is the
 * client. Anyone else's forwarded header is ignored, so a sender cannot pick their own address.
 */
final class TrustedProxies {

    /** Which header the proxies write; the other one is never read, since a client may have forged it. */
    enum Header {
        X_FORWARDED_FOR("X-Forwarded-For"),
        FORWARDED("Forwarded");

        final String name;

        Header(String name) {
            this.name = name;
        }

        static Header of(String configured) {
            for (Header h : values()) {
                if (h.name.equalsIgnoreCase(configured.strip())) {
                    return h;
                }
            }
            throw new IllegalStateException("harbour.security.forwarded-header must be X-Forwarded-For or Forwarded");
        }
    }

    private final List<Network> networks;
    private final Header header;

    /**
     * @param entries addresses or CIDR blocks ({@code 10.0.0.0/8}, {@code 2001:db8::/32}, {@code 192.0.2.7})
     * @throws IllegalStateException naming the entry that is not one
     */
    TrustedProxies(List<String> entries, Header header) {
        List<Network> parsed = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.isBlank()) {
                parsed.add(Network.parse(entry.strip()));
            }
        }
        this.networks = List.copyOf(parsed);
        this.header = header;
    }

    Header header() {
        return header;
    }

    boolean isEmpty() {
        return networks.isEmpty();
    }

    boolean trusts(InetAddress address) {
        for (Network n : networks) {
            if (n.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client's address, as text.
     *
     * @param peer the address of the direct peer (the TCP connection)
     * @param headerValues every value of {@link #header()} in the request, in order
     * @return {@code peer} unchanged unless the peer is a trusted proxy; else the nearest address in the
     *     chain that is not one. When a trusted hop forwarded something that is not an address
     *     ({@code unknown}, an obfuscated name, garbage), that hop is taken as the client: never an address
     *     further left that no trusted proxy vouched for.
     */
    String client(String peer, List<String> headerValues) {
        Optional<InetAddress> current = IpAddresses.parse(peer);
        if (current.isEmpty() || !trusts(current.get())) {
            return peer;
        }
        List<String> chain = chain(headerValues);
        InetAddress client = current.get();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpAddresses.parse(chain.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!trusts(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    /** The forwarded-for entries, left (the original client, by its claim) to right (the last proxy). */
    private List<String> chain(List<String> headerValues) {
        List<String> chain = new ArrayList<>();
        for (String value : headerValues) {
            for (String element : value.split(",")) {
                chain.add(header == Header.FORWARDED ? forwardedFor(element) : withoutPort(element.strip()));
            }
        }
        return chain;
    }

    /** The {@code for} parameter of one RFC 7239 element, without quotes and port; empty when absent. */
    private static String forwardedFor(String element) {
        for (String pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("for")) {
                String value = pair.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return withoutPort(value);
            }
        }
        return "";
    }

    /** {@code [2001:db8::1]:443} to {@code 2001:db8::1}, {@code 192.0.2.1:80} to {@code 192.0.2.1}. */
    private static String withoutPort(String node) {
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            return close > 0 ? node.substring(1, close) : node;
        }
        int colon = node.indexOf(':');
        return colon > 0 && colon == node.lastIndexOf(':') ? node.substring(0, colon) : node;
    }

    /** An address block: {@code prefix} leading bits of {@code address}. */
    private record Network(byte[] address, int prefix) {

        static Network parse(String entry) {
            int slash = entry.indexOf('/');
            InetAddress address = IpAddresses.parse(slash < 0 ? entry : entry.substring(0, slash))
                    .orElseThrow(() -> invalid(entry));
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw invalid(entry);
                }
                if (prefix < 0 || prefix > bits) {
                    throw invalid(entry);
                }
            }
            return new Network(address.getAddress(), prefix);
        }

        private static IllegalStateException invalid(String entry) {
            return new IllegalStateException("harbour.security.trusted-proxies: '" + entry
                    + "' is not an IP address or a CIDR block such as 10.0.0.0/8 or 2001:db8::/32");
        }

        boolean contains(InetAddress candidate) {
            byte[] other = candidate.getAddress();
            if (other.length != address.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (other[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (other[whole] & mask) == (address[whole] & mask);
        }
    }
}
