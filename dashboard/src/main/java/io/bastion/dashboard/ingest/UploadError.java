package io.bastion.dashboard.ingest;

import org.springframework.http.HttpStatus;

/** Why an upload or a pulled file was refused before ingestion, with the HTTP status an upload answers with. */
public enum UploadError
{
    UNSAFE_NAME(HttpStatus.BAD_REQUEST, "文件名不安全（含路径、“..”或控制字符），已拒收", "the file name is unsafe (it contains a path, '..' or control characters) and was refused"),
    DUPLICATE_NAME(HttpStatus.BAD_REQUEST, "同一请求中有两个同名文件", "two files in the request have the same name"),
    NO_FILES(HttpStatus.BAD_REQUEST, "请求中没有名为 file 的文件部分", "the request has no file part named 'file'"),
    TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大", "the file is too large");

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
