package io.bastion.dashboard.mybranch;

import io.bastion.dashboard.web.BilingualException;
import org.springframework.http.HttpStatus;

/** 我的支部 asked for by someone who is neither a branch secretary nor an admin. */
final class MyBranchRefusedException
        extends BilingualException
{
    static final String CHINESE = "「我的支部」是支部书记的页面（管理员可指定组织查看）；请在「组织」页查看各组织的情况";
    static final String ENGLISH = "My branch is the branch secretaries' page (admins may open it for an organization); see the Organization page instead";

    MyBranchRefusedException()
    {
        super(ENGLISH);
    }

    @Override
    public HttpStatus status()
    {
        return HttpStatus.FORBIDDEN;
    }

    @Override
    public String code()
    {
        return "NOT_A_SECRETARY";
    }

    @Override
    public String chinese()
    {
        return CHINESE;
    }

    @Override
    public String english()
    {
        return ENGLISH;
    }
}
