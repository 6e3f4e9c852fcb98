package io.bastion.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/** Every {@link BilingualException}: an RFC 7807 problem with its code and both texts for the API, the error page for a page. */
@RestControllerAdvice
public final class BilingualProblems
{
    @ExceptionHandler
    Object refused(BilingualException e, HttpServletRequest request)
    {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(e.status()).body(problem(e.status(), e.code(), e.chinese(), e.english()));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(e.status());
        page.addObject("status", e.status().value());
        page.addObject("detail", "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? e.english() : e.chinese());
        return page;
    }

    /** A problem whose detail holds both texts, with {@code code}, {@code chinese} and {@code english} beside it. */
    public static ProblemDetail problem(HttpStatusCode status, String code, String chinese, String english)
    {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, chinese + " / " + english);
        problem.setProperty("code", code);
        problem.setProperty("chinese", chinese);
        problem.setProperty("english", english);
        return problem;
    }
}
