package io.bastion.dashboard.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bastion.analytics.lake.AnalysisOutcome;
import io.bastion.analytics.lake.RunStatus;
import io.bastion.analytics.lake.Trigger;
import io.bastion.dashboard.BastionApplication;
import io.bastion.dashboard.analysis.Analyses;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.IngestionListener;
import io.bastion.ingest.load.RunSummary;
import io.bastion.ingest.simulation.GeneratorSettings;
import io.bastion.ingest.simulation.ParkGenerator;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application as a user runs it, on the scale-1 simulated park (seed 42, 36 months): generated, one organization
 * renamed to an HTML injection, ingested and analysed by Spark through the application's own beans, served on a random port.
 */
final class ScaleOneDashboard
{
    static final YearMonth END_MONTH = YearMonth.of(2026, 10);
    static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private final ConfigurableApplicationContext context;
    private final String hostileOrganization;

    private ScaleOneDashboard(ConfigurableApplicationContext context, String hostileOrganization)
    {
        this.context = context;
        this.hostileOrganization = hostileOrganization;
    }

    static ScaleOneDashboard start(Path folder)
    {
        Path park = folder.resolve("park");
        ParkGenerator.generate(new GeneratorSettings(1, 42, park, END_MONTH, 36));
        String hostile = renameOneOrganization(park);
        ConfigurableApplicationContext context = BastionApplication.serve(List.of(
                "--server.port=0",
                "--bastion.warehouse=" + folder.resolve("warehouse.duckdb"),
                "--bastion.archive=" + folder.resolve("archive"),
                "--bastion.inbox=" + folder.resolve("inbox"),
                "--bastion.analysis.lake=" + folder.resolve("lake"),
                "--bastion.analysis.after-ingest=false",
                "--bastion.analysis.spark-home=" + System.getProperty("bastion.spark.home"),
                "--bastion.analysis.job-jar=" + System.getProperty("bastion.job.jar"),
                "--bastion.security.admin-password=" + ADMIN_PASSWORD,
                "--spring.quartz.auto-startup=false"));
        RunSummary summary = context.getBean(Ingestion.class).ingest(List.of(park), "cli", IngestionListener.SILENT);
        if (!"SUCCEEDED".equals(summary.status())) {
            context.close();
            throw new IllegalStateException("the scale-1 park did not ingest: " + summary.status());
        }
        AnalysisOutcome analysis = context.getBean(Analyses.class).analyze(Trigger.CLI);
        if (analysis.status() != RunStatus.DONE) {
            context.close();
            throw new IllegalStateException("the scale-1 park was not analysed: " + analysis.message().orElse(""));
        }
        return new ScaleOneDashboard(context, hostile);
    }

    ConfigurableApplicationContext context()
    {
        return context;
    }

    String baseUrl()
    {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** The organization whose name in the last month is {@link #HOSTILE_NAME}. */
    String hostileOrganization()
    {
        return hostileOrganization;
    }

    void close()
    {
        context.close();
    }

    /** Rewrites 组织名称 in one JSON submission of the last month; returns that organization's code. */
    private static String renameOneOrganization(Path park)
    {
        String month = END_MONTH.toString();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(park)) {
            Path file = files.filter(path -> path.getFileName().toString().endsWith("_" + month + ".json")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no JSON submission for " + month));
            ObjectNode submission = (ObjectNode) json.readTree(file.toFile());
            ((ObjectNode) submission.get("组织信息")).put("组织名称", HOSTILE_NAME);
            json.writeValue(file.toFile(), submission);
            return submission.get("组织信息").get("组织代码").asText();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
