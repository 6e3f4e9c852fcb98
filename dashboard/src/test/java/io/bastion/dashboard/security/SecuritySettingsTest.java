package io.bastion.dashboard.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecuritySettingsTest
{
    @Test
    void bindsTheDefaults()
    {
        SecuritySettings settings = bind(Map.of());

        assertThat(settings.configuredAdminPassword()).isEmpty();
        assertThat(settings.demoUsers()).isFalse();
        assertThat(settings.demoMode()).isFalse();
    }

    @Test
    void bindsTheAdminPasswordFromTheEnvironmentStyleName()
    {
        SecuritySettings settings = bind(Map.of("bastion.security.admin-password", "s3cret-enough", "bastion.security.demo-users", "true"));

        assertThat(settings.configuredAdminPassword()).contains("s3cret-enough");
        assertThat(settings.demoUsers()).isTrue();
    }

    @Test
    void aBlankAdminPasswordMeansARandomOne()
    {
        assertThat(bind(Map.of("bastion.security.admin-password", "  ")).configuredAdminPassword()).isEmpty();
    }

    private static SecuritySettings bind(Map<String, String> properties)
    {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("bastion.security", SecuritySettings.class);
    }
}
