package io.bastion.dashboard;

import io.bastion.dashboard.ingest.RunNotFoundException;
import io.bastion.dashboard.ingest.UploadError;
import io.bastion.dashboard.ingest.UploadRefusedException;
import io.bastion.dashboard.scope.ScopeException;
import io.bastion.dashboard.security.AccountException;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.sql.WarehouseUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Turns the failures a caller can act on into RFC 7807 problems with a code and the detail in Chinese and English. */
@RestControllerAdvice
final class ProblemAdvice
{
    private final BastionSettings settings;

    ProblemAdvice(BastionSettings settings)
    {
        this.settings = settings;
    }

    @ExceptionHandler
    ProblemDetail unsafeUpload(UploadRefusedException e)
    {
        return problem(e.error().status(), e.error().name(), e.chinese(), e.english());
    }

    @ExceptionHandler
    ProblemDetail tooLarge(MaxUploadSizeExceededException e)
    {
        String limit = DataSize.ofBytes(settings.ingest().maxFileBytes()).toMegabytes() + " MB";
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, UploadError.TOO_LARGE.name(),
                UploadError.TOO_LARGE.chinese() + "：每个文件上限 " + limit,
                UploadError.TOO_LARGE.english() + ": the limit is " + limit + " per file");
    }

    @ExceptionHandler
    ProblemDetail rejected(FileRejectedException e)
    {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.error().name(), e.chinese(), e.english());
    }

    @ExceptionHandler
    ProblemDetail warehouseUnavailable(WarehouseUnavailableException e)
    {
        String message = e.getMessage();
        int split = message.indexOf(" / ");
        String chinese = split < 0 ? message : message.substring(0, split);
        String english = split < 0 ? message : message.substring(split + 3);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "WAREHOUSE_UNAVAILABLE", chinese, english);
    }

    /** A month or organization the viewer may not see: a problem for the API, the error page for a page. */
    @ExceptionHandler
    Object scope(ScopeException e, HttpServletRequest request)
    {
        if (request.getRequestURI().startsWith("/api/")) {
            return org.springframework.http.ResponseEntity.status(e.status()).body(problem(e.status(), e.code(), e.chinese(), e.english()));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(e.status());
        page.addObject("status", e.status().value());
        page.addObject("detail", e.chinese());
        return page;
    }

    @ExceptionHandler
    ProblemDetail account(AccountException e)
    {
        return problem(HttpStatus.BAD_REQUEST, "ACCOUNT_REFUSED", e.chinese(), e.english());
    }

    @ExceptionHandler
    ProblemDetail runNotFound(RunNotFoundException e)
    {
        return problem(HttpStatus.NOT_FOUND, "RUN_NOT_FOUND", e.chinese(), e.english());
    }

    static ProblemDetail problem(HttpStatusCode status, String code, String chinese, String english)
    {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, chinese + " / " + english);
        problem.setProperty("code", code);
        problem.setProperty("chinese", chinese);
        problem.setProperty("english", english);
        return problem;
    }
}
