package io.bastion.dashboard.web;

import org.springframework.http.HttpStatus;

/**
 * A request the application refuses for a reason the caller can act on: an HTTP status, a stable code, and the reason in
 * Chinese and English. {@link BilingualProblems} turns every one into an RFC 7807 problem for the API and the error page
 * (in the viewer's language) for a page.
 */
public abstract class BilingualException
        extends RuntimeException
{
    protected BilingualException(String english)
    {
        super(english);
    }

    public abstract HttpStatus status();

    /** The problem's {@code code}: what a client or a test matches on. */
    public abstract String code();

    public abstract String chinese();

    public abstract String english();
}
