package io.bastion.dashboard.admissions;

import java.util.Optional;

/** The stages of the admission pipeline in their order, as mart_admission_flow.stage writes them. */
public enum Stage
{
    APPLICANT("入党申请人"),
    ACTIVIST("入党积极分子"),
    CANDIDATE("发展对象"),
    PROBATIONARY("预备党员"),
    FULL("正式党员");

    private final String chinese;

    Stage(String chinese)
    {
        this.chinese = chinese;
    }

    public String chinese()
    {
        return chinese;
    }

    public String labelKey()
    {
        return "admissions.stage." + name();
    }

    public static Optional<Stage> ofChinese(String text)
    {
        for (Stage stage : values()) {
            if (stage.chinese.equals(text)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
