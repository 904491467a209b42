package ca.harbour.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's {@code /error}, made to answer with an error status it can explain. Boot reads the status
 * from a request attribute and answers 500 when it is missing (a direct visit to {@code /error}) or
 * unusable; here the status is an integer from 400 to 599 taken as given, a failure without one is a 500,
 * and anything else is the 404 of a page that does not exist.
 */
class HarbourErrorController extends BasicErrorController {

    HarbourErrorController(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers) {
        super(attributes, web.getError(), resolvers);
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        settleStatus(request);
        return super.errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        settleStatus(request);
        return super.error(request);
    }

    /** Replaces the status attribute by the one to answer, so the page, the JSON body and the status agree. */
    static void settleStatus(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status;
        if (code instanceof Integer given && given >= 400 && given <= 599) {
            status = given;
        } else if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable) {
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        } else {
            status = HttpServletResponse.SC_NOT_FOUND;
        }
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    }
}
