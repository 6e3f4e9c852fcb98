package io.bastion.dashboard.runs;

import io.bastion.analytics.lake.RunStatus;
import io.bastion.analytics.lake.Trigger;
import io.bastion.dashboard.ingest.IngestStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The runs page's words: the Chinese of every status and trigger is its enum's own label, and English has every key. */
class RunsWordsTest
{
    @Test
    void everyEnumIsLabelledAsTheEnumLabelsItAndInEnglish()
            throws IOException
    {
        Properties chinese = load("i18n/runs.properties");
        Properties english = load("i18n/runs_en.properties");
        Properties shared = load("messages.properties");
        for (RunStatus status : RunStatus.values()) {
            assertThat(chinese.getProperty("runs.analysisStatus." + status.code())).as(status.code()).isEqualTo(status.label());
        }
        for (Trigger trigger : Trigger.values()) {
            assertThat(chinese.getProperty("runs.trigger." + trigger.code())).as(trigger.code()).isEqualTo(trigger.label());
        }
        for (IngestStatus status : IngestStatus.values()) {
            assertThat(shared.getProperty("status." + status.name())).as(status.name()).isEqualTo(status.label());
        }
        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
        assertThat(english.values()).allSatisfy(text -> assertThat((String) text).doesNotContainPattern("[\\u4e00-\\u9fa5]"));
    }

    private static Properties load(String resource)
            throws IOException
    {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(RunsWordsTest.class.getClassLoader().getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
