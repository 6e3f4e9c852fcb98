package io.bastion.dashboard.reports;

import io.bastion.dashboard.reports.ReportArchive.Report;
import io.bastion.dashboard.scope.Month;
import io.bastion.sql.Warehouse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report of 2026-10 from the hand-built park: its figures against the oracle views, its PDF and .xlsx read back, stale marts, exactly once. */
class ReportFiguresTest
{
    private static final Month OCTOBER = new Month(202610);

    @TempDir
    Path folder;

    private Warehouse warehouse;
    private MutableClock clock;
    private Reports reports;

    @BeforeEach
    void park()
    {
        warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"));
        ReportPark.build(warehouse);
        clock = new MutableClock(LocalDateTime.of(2026, 11, 6, 8, 1));
        reports = new Reports(new ReportArchive(warehouse), new ReportQueries(warehouse), new ReportRenderer(), ReportSettings.defaults(), Optional.empty(),
                clock);
    }

    @AfterEach
    void close()
    {
        warehouse.close();
    }

    @Test
    void figuresEqualTheOracleViews()
            throws Exception
    {
        ReportPark.analyse(warehouse, 1, 202610);

        assertThat(reports.dueMonth()).contains(OCTOBER);
        reports.runDue();

        List<Report> october = reports.archive().ofMonth(OCTOBER);
        assertThat(october).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo("done");
            assertThat(report.trigger()).isEqualTo("schedule");
            assertThat(report.analysisId()).contains(1L);
            assertThat(report.delivery()).isEqualTo("none");
        });

        LiaisonReport report = new ReportQueries(warehouse).read(OCTOBER);
        List<Object> park = oracle("SELECT active_assignments, contacted_assignments, overdue_assignments, monthly_rate FROM oracle_liaison_summary "
                + "WHERE month_key = 202610 AND scope_kind = 'park'").get(0);
        assertThat(List.of(report.summary().active(), report.summary().contacted(), report.summary().overdue(), report.summary().monthlyRate()))
                .isEqualTo(park);
        List<Object> september = oracle("SELECT active_assignments, overdue_assignments, monthly_rate FROM oracle_liaison_summary "
                + "WHERE month_key = 202609 AND scope_kind = 'park'").get(0);
        assertThat(List.of(report.previous().orElseThrow().active(), report.previous().orElseThrow().overdue(), report.previous().orElseThrow().monthlyRate()))
                .isEqualTo(september);
        // the hand-worked figures the oracle gave: 4 active, 2 contacted, 50.0%; September 4, 1 overdue, 75.0%
        assertThat(park).containsExactly(4L, 2L, 2L, 0.5);
        assertThat(september).containsExactly(4L, 1L, 0.75);

        assertThat(report.assignments().stream().map(a -> List.<Object>of(a.liaison(), a.siteCode(), a.contactsInMonth(), a.onsiteInQuarter(),
                a.quarterlyStatus(), String.valueOf(a.lastContactOn()), String.valueOf(a.daysSinceLastContact()), String.valueOf(a.lastContactSummary()),
                a.overdue())).toList())
                .containsExactlyInAnyOrderElementsOf(oracle("""
                        SELECT liaison, site_org_code, contacts_in_month, onsite_in_quarter, quarterly_status, CAST(last_contact_on AS VARCHAR),
                               coalesce(CAST(days_since_last_contact AS VARCHAR), 'null'), coalesce(last_contact_summary, 'null'), overdue
                        FROM oracle_liaison_progress WHERE month_key = 202610
                        """).stream().map(row -> row.stream().map(value -> value == null ? "null" : value).toList()).toList());
        assertThat(report.assignments().subList(0, 2)).allMatch(LiaisonReport.Assignment::overdue);
        assertThat(report.assignments()).filteredOn(a -> a.siteCode().equals("B001")).singleElement()
                .satisfies(a -> assertThat(a.lastContactMode()).isEqualTo("现场"));

        assertThat(report.liaisons().stream().map(l -> List.<Object>of(l.liaison(), l.active(), l.contacted(), l.overdue(), l.monthlyRate())).toList())
                .containsExactlyInAnyOrderElementsOf(oracle("SELECT scope_code, active_assignments, contacted_assignments, overdue_assignments, monthly_rate "
                        + "FROM oracle_liaison_summary WHERE month_key = 202610 AND scope_kind = 'liaison'"));
        assertThat(report.sites().stream().map(s -> List.<Object>of(s.level(), s.active(), s.target().doubleValue())).toList())
                .containsExactlyInAnyOrderElementsOf(oracle("SELECT level, active_sites, CAST(target_sites AS DOUBLE) FROM oracle_demonstration_sites "
                        + "WHERE month_key = 202610 AND scope_kind = 'park'"));
        assertThat(report.advancedRate().orElseThrow().actual())
                .isEqualTo(oracle("SELECT actual FROM oracle_targets WHERE month_key = 202610 AND indicator = '先进率'").get(0).get(0));
        assertThat(report.changes().newlyOverdue()).extracting(LiaisonReport.Assignment::siteCode).containsExactlyInAnyOrder("B002", "B004");
        assertThat(report.changes().resolved()).extracting(LiaisonReport.Assignment::siteCode).containsExactly("B003");
        assertThat(report.changes().ended()).extracting(LiaisonReport.Assignment::siteCode).containsExactly("B002");

        long id = october.get(0).reportId();
        String html = new String(reports.archive().content(id, "html").orElseThrow(), StandardCharsets.UTF_8);
        String rate = percent((Double) park.get(3));
        assertThat(html).contains("园区党工委联系点工作进展月报（2026年10月）", "园党工〔2026〕联字第10号", "分析批次 1", rate, "下降 25.0 个百分点",
                "示例科技有限公司党支部", "从未联系", "先进率", percent((Double) report.advancedRate().get().actual()));

        byte[] pdf = reports.archive().content(id, "pdf").orElseThrow();
        assertThat(reports.archive().files(id)).allSatisfy(file ->
                assertThat(file.sha256()).isEqualTo(ReportArchive.sha256(reports.archive().content(id, file.format()).orElseThrow())));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // The font maps a few ideographs and their Kangxi-radical twins to one glyph, so extraction may give either: compare NFKC.
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(document), java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
            assertThat(text).contains(java.util.stream.Stream.of("园区党工委联系点工作进展月报（2026年10月）", "一、总体情况", "二、逾期未联系的联系点",
                    "三、各联系人工作情况", "四、示范点建设情况", "张书记", rate).map(line -> java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFKC))
                    .toArray(String[]::new));
            Path pngs = Files.createDirectories(Path.of("target", "report-png"));
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 110);
                ImageIO.write(image, "png", pngs.resolve("report-2026-10-page-" + (page + 1) + ".png").toFile());
                assertThat(darkPixels(image)).as("page %d has text", page + 1).isGreaterThan(2000);
            }
        }

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(reports.archive().content(id, "xlsx").orElseThrow()))) {
            List<String> names = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(names).containsExactly("概况", "达标率", "逾期联系点", "联系人汇总", "联系点明细", "示范点", "报告信息");
            List<Row> rates = workbook.findSheet("达标率").orElseThrow().read();
            assertThat(rates.get(1).getCellAsNumber(1).orElseThrow().doubleValue()).isEqualTo((Double) park.get(3));
            List<Row> details = workbook.findSheet("联系点明细").orElseThrow().read();
            assertThat(details.subList(1, details.size()).stream()
                    .map(row -> row.getCellText(0) + "|" + row.getCellText(3) + "|" + row.getCellAsNumber(4).orElseThrow().longValue()).toList())
                    .containsExactlyInAnyOrderElementsOf(oracle("SELECT liaison || '|' || site_org_code || '|' || contacts_in_month FROM oracle_liaison_progress "
                            + "WHERE month_key = 202610").stream().map(row -> (String) row.get(0)).toList());
            List<Row> sites = workbook.findSheet("示范点").orElseThrow().read();
            assertThat(sites.subList(1, sites.size()).stream().map(row -> row.getCellText(0) + "|" + row.getCellAsNumber(1).orElseThrow().longValue()).toList())
                    .containsExactlyInAnyOrderElementsOf(oracle("SELECT level || '|' || active_sites FROM oracle_demonstration_sites "
                            + "WHERE month_key = 202610 AND scope_kind = 'park'").stream().map(row -> (String) row.get(0)).toList());
        }
    }

    @Test
    void staleMartsMakeTheReportWaitForTheAnalysisWhichBuildsItAtOnce()
    {
        ReportPark.analyse(warehouse, 1, 202609);

        Optional<LocalDateTime> next = reports.runDue();

        Report waiting = reports.archive().ofMonth(OCTOBER).get(0);
        assertThat(waiting.status()).isEqualTo("waiting");
        assertThat(waiting.failed()).as("not a problem to fix").isFalse();
        assertThat(waiting.message().orElseThrow()).contains("指标数据尚未更新到2026年10月", "分析批次 1", "2026年9月", "do not reach 2026-10");
        assertThat(waiting.attempts()).as("waiting counts no attempt").isZero();
        // looked at again after the first back-off (5 minutes) if no analysis comes first
        assertThat(next).contains(LocalDateTime.of(2026, 11, 6, 8, 6));
        assertThatThrownBy(() -> new ReportQueries(warehouse).read(OCTOBER)).isInstanceOf(ReportRefusedException.class);

        clock.advance(Duration.ofMinutes(2));
        reports.runDue();
        assertThat(reports.archive().find(waiting.reportId()).orElseThrow().status()).as("not yet due").isEqualTo("waiting");

        // an analysis that reaches October: the version is due at once, not at 08:06
        ReportPark.analyse(warehouse, 2, 202610);
        assertThat(reports.analysisFinished()).isTrue();
        assertThat(reports.runDue()).isEmpty();

        assertThat(reports.archive().ofMonth(OCTOBER)).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo("done");
            assertThat(report.analysisId()).contains(2L);
            assertThat(report.attempts()).isEqualTo(1);
            assertThat(report.version()).isEqualTo(1);
            assertThat(report.generatedAt()).contains(LocalDateTime.of(2026, 11, 6, 8, 3));
        });
        assertThat(reports.analysisFinished()).as("nothing is waiting any more").isFalse();
    }

    @Test
    void withoutAnyAnalysisTheReportWaitsAndPollsWithoutUsingUpItsAttempts()
    {
        for (int poll = 0; poll < ReportSettings.defaults().maxAttempts() + 2; poll++) {
            reports.runDue();
            clock.advance(Duration.ofMinutes(5));
        }

        assertThat(reports.archive().ofMonth(OCTOBER)).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo("waiting");
            assertThat(report.message().orElseThrow()).contains("尚未计算指标", "No KPIs have been computed yet");
            assertThat(report.attempts()).isZero();
            assertThat(report.nextAttemptAt()).as("still looked at").isPresent();
        });
    }

    @Test
    void aWaitingVersionUnderWayIsNotWokenSoItsLeaseHolds()
    {
        reports.runDue();
        Report waiting = reports.archive().ofMonth(OCTOBER).get(0);
        assertThat(waiting.status()).isEqualTo("waiting");
        LocalDateTime poll = waiting.nextAttemptAt().orElseThrow();
        ReportArchive archive = reports.archive();

        // another instance takes its attempt at the poll: it is pending while under way
        assertThat(archive.takeAttempt(waiting.reportId(), poll, poll.plus(Reports.ATTEMPT_LEASE))).isTrue();
        assertThat(archive.find(waiting.reportId()).orElseThrow().status()).isEqualTo("pending");

        assertThat(archive.wakeWaiting(poll)).isZero();
        assertThat(archive.find(waiting.reportId()).orElseThrow().nextAttemptAt()).contains(poll.plus(Reports.ATTEMPT_LEASE));
        assertThat(archive.due(poll)).isEmpty();
    }

    @Test
    void aMonthBeforeTheAnalysedOnesFailsAndCountsItsAttempt()
    {
        ReportPark.analyse(warehouse, 1, 202610);

        Report report = reports.regenerate(new Month(202607), "admin");

        assertThat(report.status()).isEqualTo("failed");
        assertThat(report.attempts()).isEqualTo(1);
        assertThat(report.failed()).isTrue();
    }

    @Test
    void theScheduleMakesOneReportPerMonthAndRegenerationKeepsTheOld()
            throws Exception
    {
        ReportPark.analyse(warehouse, 1, 202610);

        List<CompletableFuture<Optional<LocalDateTime>>> runs = new ArrayList<>();
        runs.add(CompletableFuture.supplyAsync(reports::runDue));
        for (int i = 0; i < 3; i++) {
            Reports other = new Reports(new ReportArchive(warehouse), new ReportQueries(warehouse), new ReportRenderer(), ReportSettings.defaults(),
                    Optional.empty(), clock);
            runs.add(CompletableFuture.supplyAsync(other::runDue));
        }
        for (CompletableFuture<Optional<LocalDateTime>> run : runs) {
            run.get();
        }
        reports.runDue();
        clock.advance(Duration.ofDays(3));
        reports.runDue();
        assertThat(reports.archive().ofMonth(OCTOBER)).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo("done");
            assertThat(report.attempts()).as("built by one instance, once").isEqualTo(1);
            assertThat(report.nextAttemptAt()).isEmpty();
        });

        Report second = reports.regenerate(OCTOBER, "admin");
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.trigger()).isEqualTo("user");
        assertThat(second.requestedBy()).contains("admin");
        assertThat(reports.archive().ofMonth(OCTOBER)).extracting(Report::version, Report::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "done"), org.assertj.core.groups.Tuple.tuple(2, "done"));
        reports.runDue();
        assertThat(reports.archive().ofMonth(OCTOBER)).hasSize(2);

        Report cli = reports.buildInto(OCTOBER, folder.resolve("out"), "tester");
        assertThat(cli.version()).isEqualTo(3);
        assertThat(Files.list(folder.resolve("out")).map(path -> path.getFileName().toString()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("联系点工作进展月报_2026-10_第3版.html", "联系点工作进展月报_2026-10_第3版.pdf", "联系点工作进展月报_2026-10_第3版.xlsx");
    }

    @Test
    void ofInstancesThatSeeAVersionDueExactlyOneTakesItsAttempt()
            throws Exception
    {
        ReportArchive archive = reports.archive();
        LocalDateTime now = clock.instant().atZone(clock.getZone()).toLocalDateTime();
        Report report = archive.claim(OCTOBER, "test", now, ReportArchive.NONE).orElseThrow();

        int instances = 8;
        CyclicBarrier start = new CyclicBarrier(instances);
        List<CompletableFuture<Boolean>> takes = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            takes.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return new ReportArchive(warehouse).takeAttempt(report.reportId(), now, now.plusMinutes(15));
            }));
        }
        long won = 0;
        for (CompletableFuture<Boolean> take : takes) {
            won += take.get() ? 1 : 0;
        }
        assertThat(won).isEqualTo(1);
        assertThat(archive.due(now)).as("taken: not due again until the lease ends").isEmpty();
        assertThat(archive.due(now.plusMinutes(15))).extracting(Report::reportId).containsExactly(report.reportId());
    }

    private static void await(CyclicBarrier barrier)
    {
        try {
            barrier.await();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<List<Object>> oracle(String sql)
    {
        return OracleRows.rows(warehouse, sql);
    }

    private static String percent(double rate)
    {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static long darkPixels(BufferedImage image)
    {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
