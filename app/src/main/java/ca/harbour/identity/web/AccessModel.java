package ca.harbour.identity.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts {@link TemplateAccess} in every page's model as {@code access}. */
@ControllerAdvice
class AccessModel {

    private final TemplateAccess access;

    AccessModel(TemplateAccess access) {
        this.access = access;
    }

    @ModelAttribute("access")
    TemplateAccess access() {
        return access;
    }
}
