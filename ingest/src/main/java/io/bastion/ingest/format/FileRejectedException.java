package io.bastion.ingest.format;

import static java.util.Objects.requireNonNull;

/** A file refused as a whole, with what was wrong and what to do, in Chinese and English. */
public final class FileRejectedException
        extends RuntimeException
{
    private final FileError error;
    private final String fileName;
    private final String chinese;
    private final String english;

    public FileRejectedException(FileError error, String fileName, String chineseDetail, String englishDetail)
    {
        this(error, fileName,
                "文件「" + fileName + "」" + (error.holdsBack() ? "暂缓处理" : "被拒收") + "：" + error.chinese()
                        + (chineseDetail.isEmpty() ? "" : "：" + chineseDetail) + "。" + error.chineseAction() + "。",
                "File '" + fileName + "' " + (error.holdsBack() ? "is held back" : "refused") + ": " + error.english()
                        + (englishDetail.isEmpty() ? "" : ": " + englishDetail) + ". " + error.englishAction() + ".",
                true);
    }

    /** The messages already composed; {@code composed} only tells this constructor from the public one. */
    private FileRejectedException(FileError error, String fileName, String chinese, String english, boolean composed)
    {
        super(english);
        this.error = requireNonNull(error, "error is null");
        this.fileName = requireNonNull(fileName, "fileName is null");
        this.chinese = chinese;
        this.english = english;
    }

    /**
     * The refusal of a CSV part that was itself fine, because a sibling of the same submission was
     * refused: it says which, rather than repeating the sibling's message under its own name.
     */
    public static FileRejectedException becauseOfSibling(String fileName, InputTable siblingTable, String siblingFile)
    {
        FileError error = FileError.SIBLING_REFUSED;
        return new FileRejectedException(error, fileName,
                "文件「" + fileName + "」被拒收：因同一报送的「" + siblingTable.sheetName() + "」被拒收（见文件「" + siblingFile + "」的说明）。"
                        + error.chineseAction() + "。",
                "File '" + fileName + "' refused: because " + siblingTable.sheetName() + " of the same submission was refused (see the message for '"
                        + siblingFile + "'). " + error.englishAction() + ".",
                true);
    }

    public FileError error()
    {
        return error;
    }

    /** The file the refusal names: the one whose content was wrong. */
    public String fileName()
    {
        return fileName;
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
