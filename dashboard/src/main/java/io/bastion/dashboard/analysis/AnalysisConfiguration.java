package io.bastion.dashboard.analysis;

import io.bastion.analytics.lake.AnalysisRunner;
import io.bastion.analytics.lake.AnalysisRunnerSettings;
import io.bastion.dashboard.BastionSettings;
import io.bastion.dashboard.reports.ReportWakeUp;
import io.bastion.dashboard.scope.DataVersion;
import io.bastion.dashboard.workbench.Snapshots;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** The analysis runner of the process, configured from {@code bastion.analysis.*}. */
@Configuration(proxyBeanMethods = false)
public class AnalysisConfiguration
{
    @Bean
    AnalysisRunner analysisRunner(BastionSettings settings)
    {
        return new AnalysisRunner(runnerSettings(settings.analysis()));
    }

    @Bean
    Analyses analyses(io.bastion.sql.Warehouse warehouse, AnalysisRunner runner, ObjectProvider<Snapshots> snapshots, ObjectProvider<DataVersion> version,
            ObjectProvider<ReportWakeUp> reports)
    {
        // After every run: the pages see the new marts at once, a report waiting for them is built, then the workbench gets its snapshot.
        return new Analyses(warehouse, runner, () -> {
            version.ifAvailable(DataVersion::changed);
            reports.ifAvailable(ReportWakeUp::run);
            snapshots.ifAvailable(Snapshots::publishQuietly);
        });
    }

    static AnalysisRunnerSettings runnerSettings(BastionSettings.Analysis analysis)
    {
        return new AnalysisRunnerSettings(
                analysis.lake().toAbsolutePath().normalize(),
                analysis.sparkMaster(),
                analysis.sparkHome().toAbsolutePath().normalize(),
                analysis.jobJar().toAbsolutePath().normalize(),
                analysis.java().orElse(Path.of(System.getProperty("java.home"))),
                analysis.driverMemory(),
                analysis.partyLecturesPerQuarter(),
                analysis.sparkConf(),
                analysis.timeout(),
                analysis.incremental(),
                analysis.keepDriver());
    }
}
