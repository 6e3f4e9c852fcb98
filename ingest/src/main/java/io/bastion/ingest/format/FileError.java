package io.bastion.ingest.format;

/** Why a whole file is refused. Nothing of a refused file reaches the warehouse's facts. */
public enum FileError
{
    UNSAFE_NAME("文件名不安全（含路径或控制字符）", "the file name is unsafe (it contains a path or control characters)"),
    UNRECOGNIZED_NAME("文件名不符合报送命名规则", "the file name follows none of the naming rules"),
    TOO_LARGE("文件过大", "the file is too large"),
    EMPTY_FILE("文件为空", "the file is empty"),
    NOT_XLSX("不是有效的 .xlsx 文件（可能已损坏或被截断）", "not a valid .xlsx file (corrupt or truncated)"),
    ZIP_BOMB("压缩内容异常（疑似压缩炸弹）", "the compressed content is suspicious (a zip bomb)"),
    NOT_TEXT("不是可识别的文本（UTF-8 或 GB18030）", "not readable text (UTF-8 or GB18030)"),
    NOT_JSON("不是有效的 JSON", "not valid JSON"),
    MISSING_SHEET("缺少工作表或数据表", "a sheet or table is missing"),
    MISSING_COLUMN("缺少必需的列", "a required column is missing"),
    NAME_CONTENT_MISMATCH("文件名与内容不一致", "the file name and its content disagree"),
    INCOMPLETE_SUBMISSION("CSV 报送缺少部分文件", "a CSV submission is missing a part"),
    ORGANIZATION_ROW_INVALID("组织信息有误，整份报送未入库", "the organization row is invalid, so the whole submission was not loaded");

    private final String chinese;
    private final String english;

    FileError(String chinese, String english)
    {
        this.chinese = chinese;
        this.english = english;
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
