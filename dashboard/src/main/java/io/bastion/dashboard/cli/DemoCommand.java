package io.bastion.dashboard.cli;

import io.bastion.analytics.lake.AnalysisOutcome;
import io.bastion.analytics.lake.AnalysisRunner;
import io.bastion.analytics.lake.RunStatus;
import io.bastion.analytics.lake.Trigger;
import io.bastion.dashboard.BastionApplication;
import io.bastion.dashboard.analysis.Analyses;
import io.bastion.dashboard.security.DemoUsers;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.RunSummary;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code demo}: a simulated park in ./data/park (generated once, scale 1, seed 42), ingested and analysed at start-up,
 * then served. The ingestion here is the command's own, so it analyses in the foreground rather than through the schedule.
 */
final class DemoCommand
{
    static final Path PARK = Path.of("data", "park");
    private static final int SCALE = 1;
    private static final long SEED = 42;

    private final PrintStream out;
    private final PrintStream err;

    DemoCommand(PrintStream out, PrintStream err)
    {
        this.out = out;
        this.err = err;
    }

    /** Returns only on failure; on success the server keeps the process alive. */
    int run(List<String> springArguments)
    {
        if (!Files.exists(PARK.resolve("manifest.json"))) {
            out.println("生成模拟园区 / generating a simulated park (scale " + SCALE + ", seed " + SEED + ") …");
            int generated = new GenerateCommand(out, err).run(SCALE, SEED, PARK);
            if (generated != Command.SUCCESS) {
                return generated;
            }
        }
        ConfigurableApplicationContext context;
        try {
            // The demo prints its users once the park is in (DemoUsers), so the start prints no admin password of its own.
            List<String> arguments = new ArrayList<>(springArguments);
            arguments.add("--bastion.security.demo-mode=true");
            context = BastionApplication.serve(arguments);
        }
        catch (RuntimeException e) {
            // Spring Boot has already reported why it could not start.
            return Command.FAILURE;
        }
        try {
            ConsoleReport report = new ConsoleReport(out);
            // The Spark driver's JVM and session start while the park is ingested; the analysis follows.
            context.getBean(AnalysisRunner.class).prepareDriver();
            RunSummary summary = context.getBean(Ingestion.class).ingest(List.of(PARK.toAbsolutePath()), "cli", report);
            report.summary(summary);
        }
        catch (RuntimeException e) {
            err.println("演示数据入库失败 / ingesting the demo park failed: " + e.getMessage());
            context.close();
            return Command.FAILURE;
        }
        out.println();
        out.println("计算指标 / computing the KPIs with Spark …");
        AnalysisOutcome analysis = context.getBean(Analyses.class).analyze(Trigger.CLI);
        AnalyzeCommand.report(out, analysis);
        if (analysis.status() == RunStatus.FAILED) {
            // The ingested data is there; the pages say that the marts are missing.
            err.println("指标计算失败，驾驶舱仍可查看入库情况 / the analysis failed; the dashboard still shows the ingestion");
        }
        context.getBean(DemoUsers.class).create(out);
        String port = context.getEnvironment().getProperty("local.server.port", "8080");
        out.println();
        out.println("驾驶舱已就绪 / the dashboard is ready: http://localhost:" + port + "/");
        return Command.SUCCESS;
    }
}
