package io.bastion.ingest.load;

import static java.util.Objects.requireNonNull;

/** An archived file that cannot be processed again, with why and what to do, in Chinese and English. */
public final class ReprocessRefusedException
        extends RuntimeException
{
    private final ReprocessError error;
    private final long fileId;
    private final String chinese;

    public ReprocessRefusedException(ReprocessError error, long fileId)
    {
        super("Archived file " + fileId + " cannot be processed again: " + error.english() + ". " + error.englishAction() + ".");
        this.error = requireNonNull(error, "error is null");
        this.fileId = fileId;
        this.chinese = "归档文件 " + fileId + " 无法重新处理：" + error.chinese() + "。" + error.chineseAction() + "。";
    }

    public ReprocessError error()
    {
        return error;
    }

    public long fileId()
    {
        return fileId;
    }

    public String chinese()
    {
        return chinese;
    }

    public String english()
    {
        return getMessage();
    }
}
