package io.bastion.dashboard.ingest;

import org.springframework.http.HttpStatus;

/** Why an upload or a pulled file was refused before ingestion, with the HTTP status an upload answers with. */
public enum UploadError
{
    UNSAFE_NAME(HttpStatus.BAD_REQUEST, "文件名不安全（含路径、“..”或控制字符），已拒收", "the file name is unsafe (it contains a path, '..' or control characters) and was refused"),
    DUPLICATE_NAME(HttpStatus.BAD_REQUEST, "同一请求中有两个同名文件", "two files in the request have the same name"),
    NO_FILES(HttpStatus.BAD_REQUEST, "请求中没有名为 file 的文件部分", "the request has no file part named 'file'"),
    TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大", "the file is too large"),
    OUTSIDE_SUBTREE(HttpStatus.FORBIDDEN, "支部书记只能上传本组织及下级组织的报送文件，文件名须以其组织代码开头（{组织代码}_{YYYY-MM}），本次未接收任何文件",
            "a branch secretary may upload only the submissions of their own organization and those below it, named {org code}_{YYYY-MM}; nothing was received"),
    COMMITTEE_FEED(HttpStatus.FORBIDDEN, "企业名录、分类定级、示范点、联系点分配、联系点记录和年度目标由党工委上传，支部书记不能上传，本次未接收任何文件",
            "the committee's feeds (enterprise registry, grades, sites, liaison, targets) are uploaded by the committee, not by a branch secretary; nothing was received");

    private final HttpStatus status;
    private final String chinese;
    private final String english;

    UploadError(HttpStatus status, String chinese, String english)
    {
        this.status = status;
        this.chinese = chinese;
        this.english = english;
    }

    public HttpStatus status()
    {
        return status;
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
