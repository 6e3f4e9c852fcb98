package io.bastion.dashboard.trace;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/** Turns a {@link TraceException} into an RFC 7807 problem for the API and the error page for a page. */
@RestControllerAdvice(assignableTypes = TraceController.class)
final class TraceProblems
{
    @ExceptionHandler
    Object trace(TraceException e, HttpServletRequest request)
    {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.chinese() + " / " + e.english());
            problem.setProperty("code", e.code());
            problem.setProperty("chinese", e.chinese());
            problem.setProperty("english", e.english());
            return ResponseEntity.status(e.status()).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(e.status());
        page.addObject("status", e.status().value());
        page.addObject("detail", e.chinese());
        return page;
    }
}
