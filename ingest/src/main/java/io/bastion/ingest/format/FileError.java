package io.bastion.ingest.format;

/** Why a whole file is refused, and what the sender should do. Nothing of a refused file reaches the warehouse's facts. */
public enum FileError
{
    UNSAFE_NAME("文件名不安全（含路径或控制字符）", "the file name is unsafe (it contains a path or control characters)",
            "请改用不含路径和控制字符的文件名后重新报送", "Rename it without folders or control characters and send it again"),
    UNRECOGNIZED_NAME("文件名不符合报送命名规则", "the file name follows none of the naming rules",
            "请按命名规则改名后重新报送", "Rename it by the naming rules and send it again"),
    NOT_REGULAR_FILE("不是普通文件（符号链接、文件夹链接或设备文件），未读取", "not a regular file (a symbolic link, a link to a folder or a device); it was not read",
            "请放入文件本身而不是链接后重新报送", "Put the file itself in the drop folder, not a link to it, and send it again"),
    TOO_LARGE("文件过大", "the file is too large",
            "请删去多余内容（如图片、空行、无关工作表）后重新报送", "Remove what does not belong (pictures, empty rows, other sheets) and send it again"),
    EMPTY_FILE("文件为空", "the file is empty",
            "请重新导出后再报送", "Export it again and resend it"),
    NOT_XLSX("不是有效的 .xlsx 文件（可能已损坏或被截断）", "not a valid .xlsx file (corrupt or truncated)",
            "请用 Excel 打开并另存为 .xlsx 后重新报送", "Open it in Excel, save it as .xlsx and send it again"),
    OLD_WORKBOOK_FORMAT("不是 .xlsx 格式", "not in the .xlsx format",
            "请用 Excel/WPS 另存为 .xlsx 后重新报送", "Open it in Excel or WPS, save it as .xlsx and send it again"),
    ZIP_BOMB("压缩内容异常（解压后过大）", "the compressed content is suspicious (it inflates far too much)",
            "请用 Excel 另存为普通 .xlsx 后重新报送", "Save it from Excel as an ordinary .xlsx and send it again"),
    NOT_TEXT("不是可识别的文本（UTF-8、UTF-16 或 GB18030）", "not readable text (UTF-8, UTF-16 or GB18030)",
            "请另存为 UTF-8 或 GB18030 编码的文本后重新报送", "Save it as UTF-8 or GB18030 text and send it again"),
    NOT_JSON("不是有效的 JSON", "not valid JSON",
            "请按报送模板修正 JSON 后重新报送", "Correct the JSON following the submission template and send it again"),
    MISSING_SHEET("缺少工作表或数据表", "a sheet or table is missing",
            "请按报送模板补齐后重新报送", "Complete it from the submission template and send it again"),
    MISSING_COLUMN("缺少必需的列", "a required column is missing",
            "请使用报送模板的表头后重新报送", "Use the headers of the submission template and send it again"),
    NAME_CONTENT_MISMATCH("文件名与内容不一致", "the file name and its content disagree",
            "请使文件名与表内的组织代码、报告月份或期间一致后重新报送", "Make the name and the code, month or period inside agree and send it again"),
    SIBLING_REFUSED("因同一报送的另一个文件被拒收", "another file of the same submission was refused",
            "改正后请把三个文件一起重新报送", "Once it is corrected, send the three files again together"),
    INCOMPLETE_SUBMISSION("CSV 报送缺少部分文件", "a CSV submission is missing a part",
            "请补发缺少的部分，已到的部分留待一起处理", "Send the missing part; the parts received wait for it"),
    COLUMN_INVALID("整列不符合规则，整个文件未入库", "a whole column breaks a rule, so nothing of the file was loaded",
            "请改正该列后重新报送；此前入库的数据保持不变", "Correct the column and send the file again; what was loaded before stays as it was"),
    ID_NUMBERS_AS_NUMBERS("公民身份号码被存成了数字，整个文件未入库", "the id numbers were stored as numbers, so nothing of the file was loaded",
            "改好后请重新报送；此前入库的数据保持不变", "Then send the file again; what was loaded before stays as it was"),
    ORGANIZATION_ROW_INVALID("组织信息有误，整份报送未入库", "the organization row is invalid, so the whole submission was not loaded",
            "请按所列问题修正「组织信息」后重新报送整份报送", "Correct 组织信息 as listed and send the whole submission again");

    private final String chinese;
    private final String english;
    private final String chineseAction;
    private final String englishAction;

    FileError(String chinese, String english, String chineseAction, String englishAction)
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

    /** What the sender should do about it, in Chinese. */
    public String chineseAction()
    {
        return chineseAction;
    }

    /** What the sender should do about it, in English (a sentence). */
    public String englishAction()
    {
        return englishAction;
    }

    /** A file waiting for its siblings is not refused, only held back. */
    public boolean holdsBack()
    {
        return this == INCOMPLETE_SUBMISSION;
    }
}
