package io.bastion.dashboard.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import io.bastion.dashboard.reports.LiaisonReport;
import io.bastion.dashboard.reports.OracleRows;
import io.bastion.dashboard.reports.ReportArchive;
import io.bastion.dashboard.reports.ReportArchive.Report;
import io.bastion.dashboard.reports.ReportMailer;
import io.bastion.dashboard.reports.ReportQueries;
import io.bastion.dashboard.reports.ReportRenderer;
import io.bastion.dashboard.reports.ReportSettings;
import io.bastion.dashboard.reports.Reports;
import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.security.Role;
import io.bastion.sql.Warehouse;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly report of 2026-10 from the scale-1 park (generated, ingested and analysed by Spark): the clock set just after
 * the schedule (08:00:30 Asia/Shanghai on 6 November), the figures against the {@code oracle_*} views, the PDF's pages
 * rendered to PNG (target/screenshots/report), the .xlsx read back, the mail received by a real SMTP server (GreenMail)
 * with both attachments, and the archive shown to a leader in the browser.
 */
@ExtendWith(ScaleOneDashboard.Shared.class)
class ScaleOneReportIT
{
    private static final Month OCTOBER = new Month(202610);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Path PAGES = Path.of("target", "screenshots", "report");

    @Test
    void theScheduledReportOfTheScaleOneParkHasTheOracleFiguresAndIsMailedOnce(ScaleOneDashboard dashboard)
            throws Exception
    {
        Warehouse warehouse = dashboard.context().getBean(Warehouse.class);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(port);
            ReportSettings settings = new ReportSettings(true, "0 0 8 6 * ?", SHANGHAI, List.of("shuji@park.example"), "bastion@park.example",
                    Duration.ofMinutes(5), Duration.ofHours(6), 20);
            Clock justAfter = Clock.fixed(LocalDateTime.of(2026, 11, 6, 8, 0, 30).atZone(SHANGHAI).toInstant(), SHANGHAI);
            Reports reports = new Reports(new ReportArchive(warehouse), new ReportQueries(warehouse), new ReportRenderer(), settings,
                    Optional.of(new ReportMailer(sender, settings)), justAfter);

            assertThat(reports.dueMonth()).contains(OCTOBER);
            assertThat(reports.runDue()).as("nothing left to retry").isEmpty();
            reports.runDue();

            List<Report> scheduled = reports.archive().ofMonth(OCTOBER).stream().filter(r -> Reports.SCHEDULE.equals(r.trigger())).toList();
            assertThat(scheduled).as("one scheduled report of 2026-10").hasSize(1);
            Report report = scheduled.get(0);
            assertThat(report.status()).isEqualTo("done");
            assertThat(report.delivery()).isEqualTo("sent");
            long analysisId = single(warehouse, "SELECT max(analysis_id) FROM analysis_run WHERE status = 'done'").get(0);
            assertThat(report.analysisId()).contains(analysisId);

            LiaisonReport content = new ReportQueries(warehouse).read(OCTOBER);
            List<Object> park = row(warehouse, "SELECT active_assignments, contacted_assignments, overdue_assignments, monthly_rate FROM oracle_liaison_summary "
                    + "WHERE month_key = 202610 AND scope_kind = 'park'");
            assertThat(List.<Object>of(content.summary().active(), content.summary().contacted(), content.summary().overdue(), content.summary().monthlyRate()))
                    .isEqualTo(park);
            assertThat((Long) park.get(0)).as("the scale-1 park has liaison assignments at 2026-10").isPositive();
            assertThat(content.assignments().stream().map(a -> a.liaison() + "|" + a.siteCode() + "|" + a.contactsInMonth() + "|" + a.overdue()).toList())
                    .containsExactlyInAnyOrderElementsOf(strings(warehouse, "SELECT liaison || '|' || site_org_code || '|' || contacts_in_month || '|' || overdue "
                            + "FROM oracle_liaison_progress WHERE month_key = 202610"));
            assertThat(content.liaisons().stream().map(l -> l.liaison() + "|" + l.active() + "|" + l.contacted() + "|" + l.overdue()).toList())
                    .containsExactlyInAnyOrderElementsOf(strings(warehouse, "SELECT scope_code || '|' || active_assignments || '|' || contacted_assignments || '|' "
                            + "|| overdue_assignments FROM oracle_liaison_summary WHERE month_key = 202610 AND scope_kind = 'liaison'"));
            assertThat(content.sites().stream().map(s -> s.level() + "|" + s.active()).toList())
                    .containsExactlyInAnyOrderElementsOf(strings(warehouse, "SELECT level || '|' || active_sites FROM oracle_demonstration_sites "
                            + "WHERE month_key = 202610 AND scope_kind = 'park'"));

            String rate = "%.1f%%".formatted(100.0 * (Long) park.get(1) / (Long) park.get(0));
            long id = report.reportId();
            byte[] pdf = reports.archive().content(id, "pdf").orElseThrow();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = nfkc(new PDFTextStripper().getText(document)).replaceAll("\\s+", "");
                assertThat(text).contains(Stream.of("园区党工委联系点工作进展月报（2026年10月）", "一、总体情况", "二、逾期未联系的联系点", "三、各联系人工作情况",
                        "四、示范点建设情况", rate).map(ScaleOneReportIT::nfkc).toArray(String[]::new));
                Files.createDirectories(PAGES);
                PDFRenderer renderer = new PDFRenderer(document);
                for (int page = 0; page < document.getNumberOfPages(); page++) {
                    BufferedImage image = renderer.renderImageWithDPI(page, 110);
                    ImageIO.write(image, "png", PAGES.resolve("scale-1-2026-10-page-" + (page + 1) + ".png").toFile());
                }
            }

            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(reports.archive().content(id, "xlsx").orElseThrow()))) {
                List<Row> rates = workbook.findSheet("达标率").orElseThrow().read();
                assertThat(rates.get(1).getCellAsNumber(1).orElseThrow().doubleValue()).isEqualTo((Double) park.get(3));
                List<Row> details = workbook.findSheet("联系点明细").orElseThrow().read();
                assertThat(details.subList(1, details.size()).stream()
                        .map(row -> row.getCellText(0) + "|" + row.getCellText(3) + "|" + row.getCellAsNumber(4).orElseThrow().longValue()).toList())
                        .containsExactlyInAnyOrderElementsOf(strings(warehouse, "SELECT liaison || '|' || site_org_code || '|' || contacts_in_month "
                                + "FROM oracle_liaison_progress WHERE month_key = 202610"));
            }

            MimeMessage[] received = mail.getReceivedMessages();
            assertThat(received).as("mailed once").hasSize(1);
            assertThat(received[0].getSubject()).isEqualTo("园区党工委联系点工作进展月报（2026年10月）（第%d版）".formatted(report.version()));
            List<String> attachments = new ArrayList<>();
            MimeMultipart parts = (MimeMultipart) received[0].getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    attachments.add(MimeUtility.decodeText(part.getFileName()));
                }
            }
            assertThat(attachments).containsExactlyInAnyOrder("联系点工作进展月报_2026-10_第%d版.pdf".formatted(report.version()),
                    "联系点工作进展月报_2026-10_第%d版.xlsx".formatted(report.version()));

            try (Browser browser = new Browser(dashboard.baseUrl());
                    Browser.Tab tab = browser.login(dashboard.users().get(Role.LEADER), dashboard.password(Role.LEADER), 1366)) {
                Page page = tab.open("/reports");
                assertThat(page.locator("tr[data-report='" + id + "'] [data-testid=report-status]").textContent()).isEqualTo("已生成");
                APIResponse download = tab.page().request().get(dashboard.baseUrl() + "/reports/" + id + "/pdf");
                assertThat(download.status()).isEqualTo(200);
                assertThat(ReportArchive.sha256(download.body())).isEqualTo(ReportArchive.sha256(pdf));
                tab.screenshot(Path.of("target", "screenshots", "leader", "reports_after_schedule_1366.png"));
                assertThat(tab.problems()).isEmpty();
            }
        }
        finally {
            mail.stop();
        }
    }

    private static String nfkc(String text)
    {
        // The font maps a few ideographs and their Kangxi-radical twins to one glyph, so extraction may give either.
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static List<Object> row(Warehouse warehouse, String sql)
    {
        List<List<Object>> rows = OracleRows.rows(warehouse, sql);
        assertThat(rows).as(sql).isNotEmpty();
        return rows.get(0);
    }

    private static List<Long> single(Warehouse warehouse, String sql)
    {
        return List.of(((Number) row(warehouse, sql).get(0)).longValue());
    }

    private static List<String> strings(Warehouse warehouse, String sql)
    {
        return OracleRows.rows(warehouse, sql).stream().map(row -> row.get(0) == null ? null : row.get(0).toString()).toList();
    }
}
