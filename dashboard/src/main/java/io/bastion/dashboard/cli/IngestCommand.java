package io.bastion.dashboard.cli;

import io.bastion.dashboard.BastionSettings;
import io.bastion.dashboard.WarehouseConfiguration;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.RunSummary;
import io.bastion.sql.WarehouseUnavailableException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code ingest DIR|FILE...}: one ingestion run with source {@code cli}, no web server, no schedules. */
final class IngestCommand
{
    private final PrintStream out;
    private final PrintStream err;

    IngestCommand(PrintStream out, PrintStream err)
    {
        this.out = out;
        this.err = err;
    }

    int run(List<Path> inputs, List<String> springArguments)
    {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println("找不到「" + input + "」 / '" + input + "' does not exist");
                return Command.USAGE;
            }
        }
        SpringApplicationBuilder application = new SpringApplicationBuilder(WarehouseConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // The failure analysis says why the context could not start; the context's own warning only repeats it.
                .properties("logging.level.org.springframework.context=ERROR");
        try (ConfigurableApplicationContext context = application.run(springArguments.toArray(String[]::new))) {
            BastionSettings settings = context.getBean(BastionSettings.class);
            out.println("入库 ingesting " + inputs + " → " + settings.warehouse().toAbsolutePath().normalize());
            ConsoleReport report = new ConsoleReport(out);
            RunSummary summary = context.getBean(Ingestion.class).ingest(inputs.stream().map(IngestCommand::resolved).toList(), "cli", report);
            report.summary(summary);
            return "SUCCEEDED".equals(summary.status()) ? Command.SUCCESS : Command.FAILURE;
        }
        catch (RuntimeException e) {
            Optional<WarehouseUnavailableException> unavailable = cause(e, WarehouseUnavailableException.class);
            if (unavailable.isPresent()) {
                // WarehouseUnavailableFailureAnalyzer has printed the message and what to do.
                return Command.FAILURE;
            }
            err.println("入库失败 / ingestion failed: " + e.getMessage());
            return Command.FAILURE;
        }
    }

    /** A folder named on the command line may be a link, the operator's choice, so it is resolved; links inside it are refused. */
    private static Path resolved(Path input)
    {
        try {
            return Files.isDirectory(input) ? input.toRealPath() : input.toAbsolutePath();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T extends Throwable> Optional<T> cause(Throwable error, Class<T> type)
    {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
