package ca.harbour.platform.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The API explorer (springdoc's Swagger UI, for signed-in staff) loads {@code index.css} beside its page; this
 * answers that address before the webjar does, with Swagger UI's rules and the overrides that make the explorer pass
 * axe (contrast of the method labels and links, no unnamed controls). Swagger UI itself is left as published.
 */
@Controller
class ApiExplorerStylesheet {

    private static final MediaType CSS = MediaType.valueOf("text/css");

    private final Resource stylesheet = new ClassPathResource("api-explorer/index.css");

    @GetMapping("/api/docs/swagger-ui/index.css")
    ResponseEntity<Resource> stylesheet() {
        return ResponseEntity.ok().contentType(CSS).body(stylesheet);
    }
}
