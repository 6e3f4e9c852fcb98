package io.bastion.dashboard.security;

import io.bastion.dashboard.web.BilingualException;
import org.springframework.http.HttpStatus;

import static java.util.Objects.requireNonNull;

/** A user the admin page cannot create or change as asked, with the reason in Chinese and English. */
public final class AccountException
        extends BilingualException
{
    private final String chinese;
    private final String english;

    AccountException(String chinese, String english)
    {
        super(chinese + " / " + english);
        this.chinese = requireNonNull(chinese, "chinese is null");
        this.english = requireNonNull(english, "english is null");
    }

    @Override
    public String chinese()
    {
        return chinese;
    }

    @Override
    public String english()
    {
        return english;
    }

    @Override
    public HttpStatus status()
    {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String code()
    {
        return "ACCOUNT_REFUSED";
    }
}
