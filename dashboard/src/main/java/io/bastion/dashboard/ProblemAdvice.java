package io.bastion.dashboard;

import io.bastion.dashboard.ingest.UploadError;
import io.bastion.dashboard.ingest.UploadRefusedException;
import io.bastion.dashboard.web.BilingualProblems;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.sql.WarehouseUnavailableException;
import org.springframework.http.HttpStatus;
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
        return BilingualProblems.problem(e.error().status(), e.error().name(), e.chinese(), e.english());
    }

    @ExceptionHandler
    ProblemDetail tooLarge(MaxUploadSizeExceededException e)
    {
        String limit = DataSize.ofBytes(settings.ingest().maxFileBytes()).toMegabytes() + " MB";
        return BilingualProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, UploadError.TOO_LARGE.name(),
                UploadError.TOO_LARGE.chinese() + "：每个文件上限 " + limit,
                UploadError.TOO_LARGE.english() + ": the limit is " + limit + " per file");
    }

    @ExceptionHandler
    ProblemDetail rejected(FileRejectedException e)
    {
        return BilingualProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, e.error().name(), e.chinese(), e.english());
    }

    @ExceptionHandler
    ProblemDetail warehouseUnavailable(WarehouseUnavailableException e)
    {
        String message = e.getMessage();
        int split = message.indexOf(" / ");
        String chinese = split < 0 ? message : message.substring(0, split);
        String english = split < 0 ? message : message.substring(split + 3);
        return BilingualProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "WAREHOUSE_UNAVAILABLE", chinese, english);
    }
}
