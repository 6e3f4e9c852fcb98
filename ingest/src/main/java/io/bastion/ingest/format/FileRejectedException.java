package io.bastion.ingest.format;

import static java.util.Objects.requireNonNull;

/** A file refused as a whole, with what was wrong and what to do, in Chinese and English. */
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
        this.chinese = "文件「" + fileName + "」" + (error.holdsBack() ? "暂缓处理" : "被拒收") + "：" + error.chinese()
                + (chineseDetail.isEmpty() ? "" : "：" + chineseDetail) + "。" + error.chineseAction() + "。";
        this.english = getMessage();
    }

    private static String englishMessage(FileError error, String fileName, String detail)
    {
        return "File '" + fileName + "' " + (error.holdsBack() ? "is held back" : "refused") + ": " + error.english()
                + (detail.isEmpty() ? "" : ": " + detail) + ". " + error.englishAction() + ".";
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
