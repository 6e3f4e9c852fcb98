package io.bastion.dashboard.security;

import static java.util.Objects.requireNonNull;

/** A user the admin page cannot create or change as asked, with the reason in Chinese and English. */
public final class AccountException
        extends RuntimeException
{
    private final String chinese;
    private final String english;

    AccountException(String chinese, String english)
    {
        super(chinese + " / " + english);
        this.chinese = requireNonNull(chinese, "chinese is null");
        this.english = requireNonNull(english, "english is null");
    }

    public String chinese()
    {
        return chinese;
    }

    public String english()
    {
        return english;
    }
}
