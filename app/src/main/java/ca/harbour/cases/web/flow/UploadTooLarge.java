package ca.harbour.cases.web.flow;

import ca.harbour.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A document larger than the server's multipart limit is refused before any controller runs. On the documents
 * page the person gets the page back with the size error next to the file field, as for a file over the documents'
 * own limit; anywhere else the exception goes on to Spring's usual answer (413, the translated error page or
 * Problem Details), never a server error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private static final Pattern DOCUMENTS_PAGE = Pattern.compile("/cases/([0-9a-fA-F-]{36})/documents");

    private final FormErrors formErrors;

    UploadTooLarge(FormErrors formErrors) {
        this.formErrors = formErrors;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var page = DOCUMENTS_PAGE.matcher(request.getRequestURI());
        if (!page.matches()) {
            throw e;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("errors", Map.of("file", formErrors.text("cases.flow.document.error.size")));
        flash.setTargetRequestPath(request.getRequestURI());
        RequestContextUtils.saveOutputFlashMap(request.getRequestURI(), request, response);
        response.sendRedirect(request.getRequestURI());
    }
}
