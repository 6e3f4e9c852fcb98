package io.bastion.dashboard.workbench;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** bastion.workbench.* as Spring Boot binds it from properties (the snapshots folder once could not be set at all). */
class WorkbenchSettingsTest
{
    @Test
    void bindsTheSnapshotsFolderAndTheLimits()
    {
        WorkbenchSettings settings = new Binder(new MapConfigurationPropertySource(Map.of(
                "bastion.workbench.snapshots", "/srv/bastion/snapshots",
                "bastion.workbench.timeout", "5s",
                "bastion.workbench.max-rows", "500")))
                .bind("bastion.workbench", WorkbenchSettings.class).get();
        assertThat(settings.snapshotsFolder()).contains(Path.of("/srv/bastion/snapshots"));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.maxRows()).isEqualTo(500);
    }

    @Test
    void withoutAFolderTheSnapshotsLieBesideTheWarehouse()
    {
        WorkbenchSettings settings = new Binder(new MapConfigurationPropertySource(Map.of("bastion.workbench.page-size", "50")))
                .bindOrCreate("bastion.workbench", WorkbenchSettings.class);
        assertThat(settings.snapshotsFolder()).isEmpty();
        assertThat(settings.pageSize()).isEqualTo(50);
        assertThat(settings.maxExportRows()).isEqualTo(1_000_000);
    }
}
