package io.bastion.dashboard.cli;

import io.bastion.dashboard.WarehouseConfiguration;
import io.bastion.dashboard.reports.ReportArchive;
import io.bastion.dashboard.reports.ReportArchive.Report;
import io.bastion.dashboard.reports.ReportQueries;
import io.bastion.dashboard.reports.ReportRefusedException;
import io.bastion.dashboard.reports.ReportRenderer;
import io.bastion.dashboard.reports.ReportSettings;
import io.bastion.dashboard.reports.Reports;
import io.bastion.dashboard.scope.Month;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseUnavailableException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code report [--month YYYY-MM] --out DIR}: builds the month's report from the marts, archives it as a new version
 * (trigger cli) and writes its HTML, PDF and .xlsx into DIR. Opens the warehouse itself: while a server holds it, it
 * fails with the warehouse's own explanation.
 */
final class ReportCommand
{
    private final PrintStream out;
    private final PrintStream err;

    ReportCommand(PrintStream out, PrintStream err)
    {
        this.out = out;
        this.err = err;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReportSettings.class)
    static class Settings
    {
    }

    int run(Optional<String> monthParameter, Path folder, List<String> springArguments)
    {
        SpringApplicationBuilder application = new SpringApplicationBuilder(WarehouseConfiguration.class, Settings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.org.springframework.context=ERROR");
        try (ConfigurableApplicationContext context = application.run(springArguments.toArray(String[]::new))) {
            ReportSettings settings = context.getBean(ReportSettings.class);
            Month month = monthParameter.flatMap(Month::parse).orElseGet(() -> {
                LocalDate today = LocalDate.now(settings.zone());
                return new Month(today.getYear() * 100 + today.getMonthValue()).previous();
            });
            Warehouse warehouse = context.getBean(Warehouse.class);
            Reports reports = new Reports(new ReportArchive(warehouse), new ReportQueries(warehouse), new ReportRenderer(), settings, Optional.empty(),
                    Clock.systemUTC());
            out.println("生成月报 building the report for " + month + " from " + warehouse.file());
            Report report = reports.buildInto(month, folder, System.getProperty("user.name", "cli"));
            out.printf("月报 report %s 第 %d 版 version %d，分析批次 analysis run %d%n", month, report.version(), report.version(), report.analysisId().orElse(0L));
            for (ReportArchive.FileInfo file : reports.archive().files(report.reportId())) {
                out.printf("  %s  %,d bytes  sha256 %s%n", folder.resolve(file.fileName()), file.bytes(), file.sha256());
            }
            return Command.SUCCESS;
        }
        catch (ReportRefusedException e) {
            err.println("未能生成月报：" + e.chinese());
            err.println("The report was not built: " + e.english());
            return Command.FAILURE;
        }
        catch (RuntimeException e) {
            if (IngestCommand.cause(e, WarehouseUnavailableException.class).isPresent()) {
                return Command.FAILURE;
            }
            err.println("生成月报失败 / the report failed: " + e.getMessage());
            return Command.FAILURE;
        }
    }
}
