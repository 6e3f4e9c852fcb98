package io.bastion.ingest.load;

/** Why an archived file cannot be processed again, and what the admin should do. */
public enum ReprocessError
{
    UNKNOWN_FILE("归档中没有这个文件编号", "there is no archived file with this id",
            "请核对文件编号（见归档文件表 archived_file）", "Check the file id in archived_file"),
    NOT_THE_ORGANIZATION_PART("CSV 报送须按其「组织信息」部分重新处理", "a CSV submission is processed again by its 组织信息 part",
            "请改用同一报送「组织信息」CSV 的文件编号", "Use the file id of the submission's 组织信息 CSV instead"),
    PARTS_NOT_FOUND("找不到这份 CSV 报送的其余部分，或不止一份", "the other parts of this CSV submission cannot be told apart or are missing",
            "请让报送单位重新报送完整的三个 CSV 文件", "Ask the branch to send its three CSV files again");

    private final String chinese;
    private final String english;
    private final String chineseAction;
    private final String englishAction;

    ReprocessError(String chinese, String english, String chineseAction, String englishAction)
    {
        this.chinese = chinese;
        this.english = english;
        this.chineseAction = chineseAction;
        this.englishAction = englishAction;
    }

    public String chinese()
    {
        return chinese;
    }

    public String english()
    {
        return english;
    }

    public String chineseAction()
    {
        return chineseAction;
    }

    public String englishAction()
    {
        return englishAction;
    }
}
