package ca.harbour.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes {@code getRemoteAddr()} the real client for everything after it (rate limits, sign-in
 * throttling), by {@link TrustedProxies}. With no trusted proxy configured, requests pass as they
 * came. The address is not logged or stored here.
 */
final class ClientAddressFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;

    ClientAddressFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    // Tomcat's error and async dispatches get the unwrapped request: resolve it again so they agree.
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (proxies.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String peer = request.getRemoteAddr();
        List<String> values = Collections.list(request.getHeaders(proxies.header().name));
        String client = values.isEmpty() ? peer : proxies.client(peer, values);
        chain.doFilter(client.equals(peer) ? request : new ClientRequest(request, client), response);
    }

    /** The request as the client sent it to the proxy: only its address differs. */
    private static final class ClientRequest extends HttpServletRequestWrapper {

        private final String address;

        ClientRequest(HttpServletRequest request, String address) {
            super(request);
            this.address = address;
        }

        @Override
        public String getRemoteAddr() {
            return address;
        }

        @Override
        public String getRemoteHost() {
            // never a reverse DNS lookup of a visitor
            return address;
        }
    }
}
