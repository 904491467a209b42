package ca.harbour.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps, found from the mappings rather than listed by hand (so a new module's
 * routes are swept the day they are added), is asked with ids that are not ids, ids of nothing, unreadable
 * JSON and junk parameters, anonymously and as each kind of staff member: none may answer a server error.
 * Only ids of nothing and bodies that cannot be read are sent to writing routes, so the sweep changes no data.
 */
@HarbourTest
class EveryRouteBadInputIntegrationTests {

    private static final List<String> ACCOUNTS = List.of("advocate", "supervisor", "analyst", "admin");
    private static final String JUNK = "x'\"<>%00";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Route(HttpMethod method, String pattern) {}

    private List<Route> routes() {
        Set<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/actuator") || pattern.contains("**")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (seen.add(method + " " + pattern)) {
                        routes.add(new Route(method.asHttpMethod(), pattern));
                    }
                }
            }
        }
        return routes;
    }

    /** The pattern with each {variable} replaced by {@code value}. */
    private static String fill(String pattern, String value) {
        return pattern.replaceAll("\\{[^}]+}", value);
    }

    private List<MockHttpServletRequestBuilder> askings(Route route) {
        boolean writes = route.method() != HttpMethod.GET && route.method() != HttpMethod.HEAD;
        boolean hasId = route.pattern().contains("{");
        List<MockHttpServletRequestBuilder> askings = new ArrayList<>();
        String nothing = fill(route.pattern(), UUID.randomUUID().toString());
        if (hasId) {
            askings.add(request(route.method(), fill(route.pattern(), "not-an-id")));
            askings.add(request(route.method(), nothing).param("id", JUNK));
        }
        if (!writes) {
            askings.add(request(route.method(), nothing)
                    .param("page", "-1")
                    .param("from", JUNK)
                    .param("to", "2026-02-30")
                    .param("q", JUNK.repeat(300))
                    .param("per_page", "999999999999")
                    .param("lang", "zz"));
        } else if (hasId) {
            askings.add(request(route.method(), nothing).param("status", JUNK).param("at", JUNK));
        }
        if (writes) {
            askings.add(request(route.method(), nothing)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"unclosed\": "));
        }
        return askings;
    }

    @Test
    void noRouteAnswersAServerErrorToBadInput() throws Exception {
        List<Route> routes = routes();
        assertThat(routes).as("routes found from the mappings").hasSizeGreaterThan(50);
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            for (String account : ACCOUNTS) {
                for (MockHttpServletRequestBuilder asking : askings(route)) {
                    asking.with(csrf()).with(staff.as(account)).header("Accept-Language", "fr");
                    int status = mvc.perform(asking).andReturn().getResponse().getStatus();
                    if (status >= 500) {
                        failures.add(status + " " + route.method() + " " + route.pattern() + " as " + account);
                    }
                }
            }
            for (MockHttpServletRequestBuilder asking : askings(route)) {
                int status = mvc.perform(asking.with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (status >= 500) {
                    failures.add(status + " " + route.method() + " " + route.pattern() + " anonymously");
                }
            }
        }
        assertThat(failures).as("server errors").isEmpty();
    }
}
