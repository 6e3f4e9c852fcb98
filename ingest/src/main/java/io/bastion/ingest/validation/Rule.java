package io.bastion.ingest.validation;

/**
 * The rules of DOMAIN.md a row can break. Each quarantine line names one of these codes; the
 * Chinese and English texts describe the rule, the message adds where and what was found.
 */
public enum Rule
{
    REQUIRED("必填项为空", "a required value is missing"),
    INVALID_FORMAT("格式不符", "the value does not have the required format"),
    INVALID_DATE("日期无法识别", "the date cannot be read"),
    INVALID_NUMBER("不是合法的非负数", "not a valid non-negative number"),
    OUT_OF_RANGE("超出允许范围", "outside the allowed range"),
    INVALID_CHOICE("不是允许的取值", "not one of the allowed values"),
    ID_NUMBER_FORMAT("公民身份号码格式错误", "the id number is not 18 characters with a valid birth date"),
    ID_NUMBER_CHECK_DIGIT("公民身份号码校验位错误", "the id number's check digit is wrong (GB 11643, ISO 7064 MOD 11-2)"),
    BIRTH_DATE_MISMATCH("出生日期与公民身份号码不符", "the birth date disagrees with the id number"),
    UNIT_CODE_FORMAT("统一社会信用代码格式错误", "the unified social credit code is not 18 valid characters"),
    UNIT_CODE_CHECK_DIGIT("统一社会信用代码校验位错误", "the unified social credit code's check digit is wrong (GB 32100)"),
    STAGE_DATES_REVERSED("发展阶段日期倒置", "admission stage dates go backwards"),
    STAGE_DATES_INCONSISTENT("身份与阶段日期不符", "the stage disagrees with the dates present"),
    UNDER_AGE_AT_APPLICATION("申请入党时未满18周岁", "under 18 at application"),
    ATTENDED_EXCEEDS_EXPECTED("实到人数超过应到人数", "attended exceeds expected"),
    EVENT_OUTSIDE_MONTH("活动日期不在报告月份内", "the event date lies outside the report month"),
    DATE_RANGE_REVERSED("结束日期早于开始日期", "the end date is before the start date"),
    FORMATION_MISMATCH("组建方式与覆盖单位不符", "the formation disagrees with the covered units"),
    UNKNOWN_PARENT_ORGANIZATION("上级组织代码不存在", "the parent organization is unknown"),
    UNKNOWN_ORGANIZATION("组织代码不存在", "the organization is unknown"),
    UNKNOWN_UNIT("单位不在企业名录中", "the unit is not in the enterprise registry"),
    DUPLICATE_ROW("同一文件中重复出现", "the same key appears twice in the file");

    private final String chinese;
    private final String english;

    Rule(String chinese, String english)
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
