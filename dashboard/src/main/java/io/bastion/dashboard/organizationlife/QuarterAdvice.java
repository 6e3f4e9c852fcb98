package io.bastion.dashboard.organizationlife;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/** A malformed {@code quarter}: an RFC 7807 problem for the API, the error page for the page. */
@RestControllerAdvice(assignableTypes = OrganizationLifeController.class)
final class QuarterAdvice
{
    @ExceptionHandler
    Object badQuarter(QuarterException e, HttpServletRequest request)
    {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.chinese() + " / " + e.english());
            problem.setProperty("code", "BAD_QUARTER");
            problem.setProperty("chinese", e.chinese());
            problem.setProperty("english", e.english());
            return ResponseEntity.badRequest().body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("detail", e.chinese());
        return page;
    }
}
