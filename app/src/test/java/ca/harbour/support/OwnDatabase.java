package ca.harbour.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A test context on a throw-away embedded PostgreSQL of its own, in production mode (no demo data, keys given
 * here), so that what it writes is seen by no other context and what others write is not seen by it. Module
 * tests use it: the data they need comes from {@link Fixtures}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("test")
@TestPropertySource(
        properties = {
            "spring.datasource.url=",
            "harbour.crypto.keys=module1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "harbour.crypto.lookup-key=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA="
        })
public @interface OwnDatabase {}
