package io.bastion.analytics.job;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobArgumentsTest
{
    @Test
    void readsEveryOption()
    {
        JobArguments arguments = JobArguments.parse("--lake", "/lake/current", "--out", "/lake/marts/7", "--master", "spark://127.0.0.1:7077",
                "--party-lectures-per-quarter", "2", "--from-month", "202608", "--conf", "spark.executor.memory=2g", "--conf", "spark.jars=/opt/job.jar");

        assertThat(arguments).isEqualTo(new JobArguments("/lake/current", "/lake/marts/7", "spark://127.0.0.1:7077", new AnalysisSettings(2),
                OptionalInt.of(202608), Map.of("spark.executor.memory", "2g", "spark.jars", "/opt/job.jar")));
    }

    @Test
    void runsLocallyWithTheDefaultRulesUnlessTold()
    {
        JobArguments arguments = JobArguments.parse("--lake", "file:///lake", "--out", "file:///out");

        assertThat(arguments.master()).isEqualTo("local[*]");
        assertThat(arguments.settings().partyLecturesPerQuarter()).isEqualTo(1);
        assertThat(arguments.fromMonth()).isEmpty();
        assertThat(arguments.conf()).isEmpty();
    }

    @Test
    void explainsAWrongCommandLineInBothLanguages()
    {
        assertThatThrownBy(() -> JobArguments.parse("--out", "/out")).hasMessageContaining("缺少 --lake / --lake is missing").hasMessageContaining("usage");
        assertThatThrownBy(() -> JobArguments.parse("--lake", "/lake", "--out")).hasMessageContaining("option --out needs a value");
        assertThatThrownBy(() -> JobArguments.parse("--lake", "/l", "--out", "/o", "--party-lectures-per-quarter", "one"))
                .hasMessageContaining("应为整数").hasMessageContaining("takes a whole number, got one");
        assertThatThrownBy(() -> JobArguments.parse("--lake", "/l", "--out", "/o", "--from-month", "202613"))
                .hasMessageContaining("应为年月 yyyymm").hasMessageContaining("takes a month as yyyymm (such as 202610), got 202613");
        assertThatThrownBy(() -> JobArguments.parse("--lake", "/l", "--out", "/o", "--conf", "novalue")).hasMessageContaining("--conf takes key=value");
        assertThatThrownBy(() -> JobArguments.parse("--lake", "/l", "--out", "/o", "--verbose", "yes")).hasMessageContaining("未知选项 --verbose");
    }
}
