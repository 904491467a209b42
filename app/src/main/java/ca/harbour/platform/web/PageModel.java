package ca.harbour.platform.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts {@link PageSupport} in every page's model as {@code page} (templates may not call beans in links). */
@ControllerAdvice
class PageModel {

    private final PageSupport page;

    PageModel(PageSupport page) {
        this.page = page;
    }

    @ModelAttribute("page")
    PageSupport page() {
        return page;
    }
}
