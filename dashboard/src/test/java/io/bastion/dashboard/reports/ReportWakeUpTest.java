package io.bastion.dashboard.reports;

import io.bastion.dashboard.scope.Month;
import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's first start, in the server's own scheduling half (ReportNode: Spring Boot's Quartz with the production
 * settings, the in-memory store): the start-up run owes last month's report before any analysis reaches that month, so the
 * version waits; the analysis that does reach it ends with {@link ReportWakeUp}, which fires the report job at once
 * (a second manual trigger), and the version is built from that analysis without a failure counted.
 */
class ReportWakeUpTest
{
    @TempDir
    Path folder;

    @Test
    void theAnalysisThatReachesTheOwedMonthBuildsTheWaitingReportAtOnce()
            throws Exception
    {
        Month owed = ReportPark.owedToday();
        QuartzEvents events = new QuartzEvents();
        try (Warehouse warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"))) {
            ReportPark.build(warehouse);
            // the marts end at 2026-09, before the month owed today (at the earliest 2026-10)
            ReportPark.analyse(warehouse, 1, 202609);
            try (ReportNode node = ReportNode.start(warehouse, events, Map.of())) {
                events.awaitCatchUps(1);
                ReportArchive archive = node.reports().archive();
                assertThat(archive.ofMonth(owed)).singleElement().satisfies(report -> {
                    assertThat(report.status()).isEqualTo(ReportArchive.WAITING);
                    assertThat(report.attempts()).isZero();
                });

                ReportPark.submit(warehouse, owed);
                ReportPark.analyse(warehouse, 2, owed.key());
                node.context().getBean(ReportWakeUp.class).run();
                events.awaitCatchUps(2);

                assertThat(archive.ofMonth(owed)).singleElement().satisfies(report -> {
                    assertThat(report.status()).as(report.message().orElse("")).isEqualTo(ReportArchive.DONE);
                    assertThat(report.analysisId()).contains(2L);
                    assertThat(report.attempts()).isEqualTo(1);
                    assertThat(report.nextAttemptAt()).as("nothing left to retry (no recipients: no mail)").isEmpty();
                });
                assertThat(node.reports().problems()).isEmpty();
            }
        }
    }

    @Test
    void withTheScheduleOffAnAdminsRegenerationThatWaitedIsBuiltByTheAnalysis()
            throws Exception
    {
        Month owed = ReportPark.owedToday();
        try (Warehouse warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"))) {
            ReportPark.build(warehouse);
            ReportPark.analyse(warehouse, 1, 202609);
            try (ReportNode node = ReportNode.start(warehouse, new QuartzEvents(), Map.of("bastion.reports.enabled", "false"))) {
                ReportArchive.Report asked = node.reports().regenerate(owed, "admin");
                assertThat(asked.status()).as("the marts end before %s", owed.iso()).isEqualTo(ReportArchive.WAITING);

                ReportPark.submit(warehouse, owed);
                ReportPark.analyse(warehouse, 2, owed.key());
                node.context().getBean(ReportWakeUp.class).run();

                assertThat(node.reports().archive().ofMonth(owed)).singleElement().satisfies(report -> {
                    assertThat(report.reportId()).isEqualTo(asked.reportId());
                    assertThat(report.status()).as(report.message().orElse("")).isEqualTo(ReportArchive.DONE);
                    assertThat(report.analysisId()).contains(2L);
                    assertThat(report.attempts()).isEqualTo(1);
                });
            }
        }
    }
}
