package io.bastion.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.net.URI;
import java.nio.file.Path;
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
