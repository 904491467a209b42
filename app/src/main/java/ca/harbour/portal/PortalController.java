package ca.harbour.portal;

import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages: no sign-in, no tracking, quick exit on every one. */
@Controller
class PortalController {

    /** How many indicators each "learn the signs" list has (their texts are in the message bundles). */
    static final int ADULT_SIGNS = 8;

    static final int YOUTH_SIGNS = 8;

    @GetMapping("/")
    String home() {
        return "portal/home";
    }

    @GetMapping("/learn-the-signs")
    String learnTheSigns(Model model) {
        model.addAttribute(
                "adultSigns", IntStream.rangeClosed(1, ADULT_SIGNS).boxed().toList());
        model.addAttribute(
                "youthSigns", IntStream.rangeClosed(1, YOUTH_SIGNS).boxed().toList());
        return "portal/learn-the-signs";
    }

    /** Advice in our own words for young people, parents and caregivers, and educators. */
    @GetMapping("/learn-the-signs/resources")
    String resources() {
        return "portal/resources";
    }
}
