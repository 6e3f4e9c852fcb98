package io.bastion.ingest.format;

import static java.util.Objects.requireNonNull;

/** A file refused as a whole, with what was wrong in Chinese and English. */
public final class FileRejectedException
        extends RuntimeException
{
    private final FileError error;
    private final String chinese;
    private final String english;

    public FileRejectedException(FileError error, String fileName, String chineseDetail, String englishDetail)
    {
        super(englishMessage(error, fileName, englishDetail));
        this.error = requireNonNull(error, "error is null");
        this.chinese = "文件「" + fileName + "」被拒收：" + error.chinese() + (chineseDetail.isEmpty() ? "" : "：" + chineseDetail);
        this.english = getMessage();
    }

    private static String englishMessage(FileError error, String fileName, String detail)
    {
        return "File '" + fileName + "' refused: " + error.english() + (detail.isEmpty() ? "" : ": " + detail);
    }

    public FileError error()
    {
        return error;
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
