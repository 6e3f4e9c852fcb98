package io.bastion.dashboard.cli;

import io.bastion.analytics.lake.AnalysisOutcome;
import io.bastion.analytics.lake.RunStatus;
import io.bastion.analytics.lake.Trigger;
import io.bastion.dashboard.BastionSettings;
import io.bastion.dashboard.WarehouseConfiguration;
import io.bastion.dashboard.analysis.Analyses;
import io.bastion.dashboard.analysis.AnalysisConfiguration;
import io.bastion.sql.WarehouseUnavailableException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.List;

/** {@code analyze}: one analysis run with trigger {@code cli}, no web server, no schedules. */
final class AnalyzeCommand
{
    private final PrintStream out;
    private final PrintStream err;

    AnalyzeCommand(PrintStream out, PrintStream err)
    {
        this.out = out;
        this.err = err;
    }

    int run(List<String> springArguments)
    {
        SpringApplicationBuilder application = new SpringApplicationBuilder(WarehouseConfiguration.class, AnalysisConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.org.springframework.context=ERROR");
        try (ConfigurableApplicationContext context = application.run(springArguments.toArray(String[]::new))) {
            BastionSettings settings = context.getBean(BastionSettings.class);
            out.println("计算指标 analysing " + settings.warehouse().toAbsolutePath().normalize() + " with Spark " + settings.analysis().sparkMaster());
            AnalysisOutcome outcome = context.getBean(Analyses.class).analyze(Trigger.CLI);
            report(out, outcome);
            return outcome.status() == RunStatus.FAILED ? Command.FAILURE : Command.SUCCESS;
        }
        catch (RuntimeException e) {
            if (IngestCommand.cause(e, WarehouseUnavailableException.class).isPresent()) {
                return Command.FAILURE;
            }
            err.println("计算指标失败 / the analysis failed: " + e.getMessage());
            return Command.FAILURE;
        }
    }

    /** One analysis run on the console: status, timings, rows per mart. */
    static void report(PrintStream out, AnalysisOutcome outcome)
    {
        out.printf("分析批次 analysis run %d：%s%n", outcome.analysisId(), outcome.status());
        outcome.message().ifPresent(message -> out.println("  " + message));
        if (outcome.status() != RunStatus.DONE) {
            return;
        }
        out.printf("  导出 export %.1f s · Spark %.1f s · 装载 load %.1f s · 指标行 mart rows %,d%n",
                outcome.exportMs() / 1000.0, outcome.sparkMs() / 1000.0, outcome.loadMs() / 1000.0, outcome.totalMartRows());
        outcome.martRows().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(mart -> out.printf("  %-34s %,10d%n", mart.getKey(), mart.getValue()));
    }
}
