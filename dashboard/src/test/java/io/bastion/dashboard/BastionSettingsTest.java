package io.bastion.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BastionSettingsTest
{
    @Test
    void bindsTheDefaults()
    {
        BastionSettings settings = bind(Map.of());

        assertThat(settings.warehouse()).isEqualTo(Path.of("data", "warehouse.duckdb"));
        assertThat(settings.archive()).isEqualTo(Path.of("data", "archive"));
        assertThat(settings.inbox()).isEqualTo(Path.of("data", "inbox"));
        assertThat(settings.ingest().dropFolderCron()).isEqualTo("0 */5 * * * ?");
        assertThat(settings.ingest().maxFileBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(settings.ingest().httpSources()).isEmpty();
        assertThat(settings.analysis().afterIngest()).isTrue();
        assertThat(settings.analysis().lake()).isEqualTo(Path.of("data", "lake"));
        assertThat(settings.analysis().sparkMaster()).isEqualTo("local[*]");
        assertThat(settings.analysis().sparkHome()).isEqualTo(Path.of("analytics", "job", "target", "spark-home"));
        assertThat(settings.analysis().jobJar()).isEqualTo(Path.of("analytics", "job", "target", "bastion-analytics-job.jar"));
        assertThat(settings.analysis().java()).isEmpty();
        assertThat(settings.analysis().driverMemory()).isEqualTo("2g");
        assertThat(settings.analysis().partyLecturesPerQuarter()).isEqualTo(1);
        assertThat(settings.analysis().sparkConf()).isEmpty();
        assertThat(settings.analysis().timeout()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void bindsTheAnalysisSettingsInKebabCase()
    {
        BastionSettings settings = bind(Map.of(
                "bastion.analysis.after-ingest", "false",
                "bastion.analysis.lake", "/shared/lake",
                "bastion.analysis.spark-master", "spark://spark-master:7077",
                "bastion.analysis.spark-home", "/opt/bastion/spark-home",
                "bastion.analysis.job-jar", "/opt/bastion/bastion-analytics-job.jar",
                "bastion.analysis.java-home", "/usr/lib/jvm/java-17",
                "bastion.analysis.driver-memory", "6g",
                "bastion.analysis.party-lectures-per-quarter", "2",
                "bastion.analysis.spark-conf[spark.executor.memory]", "4g",
                "bastion.analysis.timeout", "90m"));

        BastionSettings.Analysis analysis = settings.analysis();
        assertThat(analysis.afterIngest()).isFalse();
        assertThat(analysis.lake()).isEqualTo(Path.of("/shared/lake"));
        assertThat(analysis.sparkMaster()).isEqualTo("spark://spark-master:7077");
        assertThat(analysis.sparkHome()).isEqualTo(Path.of("/opt/bastion/spark-home"));
        assertThat(analysis.jobJar()).isEqualTo(Path.of("/opt/bastion/bastion-analytics-job.jar"));
        assertThat(analysis.java()).contains(Path.of("/usr/lib/jvm/java-17"));
        assertThat(analysis.driverMemory()).isEqualTo("6g");
        assertThat(analysis.partyLecturesPerQuarter()).isEqualTo(2);
        assertThat(analysis.sparkConf()).containsExactly(Map.entry("spark.executor.memory", "4g"));
        assertThat(analysis.timeout()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void bindsEverySettingInKebabCase()
    {
        BastionSettings settings = bind(Map.of(
                "bastion.warehouse", "/data/w.duckdb",
                "bastion.archive", "/archive",
                "bastion.inbox", "/data/inbox",
                "bastion.ingest.drop-folder-cron", "0 0 * * * ?",
                "bastion.ingest.max-file-bytes", "1024",
                "bastion.ingest.http-sources[0].name", "branches",
                "bastion.ingest.http-sources[0].url", "https://branches.example.org/listing.json",
                "bastion.ingest.http-sources[0].cron", "0 30 * * * ?"));

        assertThat(settings.warehouse()).isEqualTo(Path.of("/data/w.duckdb"));
        assertThat(settings.archive()).isEqualTo(Path.of("/archive"));
        assertThat(settings.inbox()).isEqualTo(Path.of("/data/inbox"));
        assertThat(settings.ingest().dropFolderCron()).isEqualTo("0 0 * * * ?");
        assertThat(settings.ingest().maxFileBytes()).isEqualTo(1024);
        assertThat(settings.ingest().httpSources()).containsExactly(
                new BastionSettings.HttpSource("branches", URI.create("https://branches.example.org/listing.json"), "0 30 * * * ?"));
    }

    @Test
    void refusesAnHttpSourceThatIsNotHttp()
    {
        assertThatThrownBy(() -> new BastionSettings.HttpSource("x", URI.create("file:///etc/passwd"), "0 0 * * * ?"))
                .hasMessageContaining("http or https");
        assertThat(new BastionSettings.Ingest("0 0 * * * ?", 1, null).httpSources()).isEqualTo(List.of());
    }

    private static BastionSettings bind(Map<String, String> properties)
    {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("bastion", BastionSettings.class);
    }
}
