package io.bastion.dashboard.lists;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/** An unknown list is a 404: an RFC 7807 problem for the API, the error page for a page. */
@RestControllerAdvice(assignableTypes = ListsController.class)
final class ListProblems
{
    @ExceptionHandler
    Object unknown(UnknownListException e, HttpServletRequest request)
    {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.chinese() + " / " + e.english());
            problem.setProperty("code", "UNKNOWN_LIST");
            problem.setProperty("chinese", e.chinese());
            problem.setProperty("english", e.english());
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        page.addObject("detail", e.chinese());
        return page;
    }
}
