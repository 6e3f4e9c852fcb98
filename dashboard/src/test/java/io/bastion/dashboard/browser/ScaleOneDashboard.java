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
import io.bastion.dashboard.security.Accounts;
import io.bastion.dashboard.security.Role;
import io.bastion.dashboard.scope.OrganizationTree;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The application as a user runs it, on the scale-1 simulated park (seed 42, 36 months): generated, one organization
 * renamed to an HTML injection, ingested and analysed by Spark through the application's own beans, served on a random port,
 * with one user per role. Built once per test run and shared by every class that takes it as a parameter (it is a JUnit
 * parameter resolver: {@code @ExtendWith(ScaleOneDashboard.Shared.class)}), closed when the run ends.
 */
public final class ScaleOneDashboard
{
    public static final YearMonth END_MONTH = YearMonth.of(2026, 10);
    public static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String PASSWORD = "password-for-tests";

    private final ConfigurableApplicationContext context;
    private final String hostileOrganization;
    private final Path folder;
    private final Map<Role, String> users = new LinkedHashMap<>();
    private final String secretaryOrganization;

    private ScaleOneDashboard(ConfigurableApplicationContext context, String hostileOrganization, Path folder)
    {
        this.context = context;
        this.hostileOrganization = hostileOrganization;
        this.folder = folder;
        Accounts accounts = context.getBean(Accounts.class);
        OrganizationTree.Snapshot tree = context.getBean(OrganizationTree.class).at(END_MONTH.getYear() * 100 + END_MONTH.getMonthValue());
        secretaryOrganization = tree.demoSecretaryOrganization().orElseThrow().code();
        users.put(Role.LEADER, "leader");
        users.put(Role.ANALYST, "analyst");
        users.put(Role.SECRETARY, "secretary");
        users.put(Role.ADMIN, Accounts.ADMIN);
        accounts.create("leader", "领导（测试）", Role.LEADER, Optional.empty(), PASSWORD);
        accounts.create("analyst", "分析员（测试）", Role.ANALYST, Optional.empty(), PASSWORD);
        accounts.create("secretary", "书记（测试）", Role.SECRETARY, Optional.of(secretaryOrganization), PASSWORD);
    }

    /** Resolves a {@link ScaleOneDashboard} parameter with the one shared by the whole test run. */
    public static final class Shared
            implements ParameterResolver
    {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ScaleOneDashboard.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension)
        {
            return parameter.getParameter().getType() == ScaleOneDashboard.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext extension)
        {
            return extension.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("scale-one", key -> new Resource(), Resource.class).dashboard;
        }

        private static final class Resource
                implements ExtensionContext.Store.CloseableResource
        {
            private final ScaleOneDashboard dashboard;

            Resource()
            {
                try {
                    dashboard = start(Files.createTempDirectory("bastion-scale-one"));
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close()
            {
                dashboard.close();
            }
        }
    }

    private static ScaleOneDashboard start(Path folder)
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
                // one analysis: no driver kept beside the browser tests
                "--bastion.analysis.keep-driver=0",
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
        return new ScaleOneDashboard(context, hostile, folder);
    }

    public ConfigurableApplicationContext context()
    {
        return context;
    }

    public String baseUrl()
    {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** The organization whose name in the last month is {@link #HOSTILE_NAME}. */
    public String hostileOrganization()
    {
        return hostileOrganization;
    }

    /** The user name of each role's test user (the admin's password is {@link #ADMIN_PASSWORD}, the others' {@link #PASSWORD}). */
    public Map<Role, String> users()
    {
        return users;
    }

    public String password(Role role)
    {
        return role == Role.ADMIN ? ADMIN_PASSWORD : PASSWORD;
    }

    /** The organization of the test secretary (the demo's: a 党总支 with branches below it). */
    public String secretaryOrganization()
    {
        return secretaryOrganization;
    }

    private void close()
    {
        context.close();
        FileSystemUtils.deleteRecursively(folder.toFile());
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
