package io.bastion.dashboard.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.bastion.dashboard.reports.LiaisonReport.Assignment;
import io.bastion.dashboard.reports.LiaisonReport.Liaison;
import io.bastion.dashboard.reports.LiaisonReport.SiteLevel;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.DataTable.Kind;
import io.bastion.dashboard.web.Xlsx;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report version as a committee document: HTML from the Thymeleaf template templates/reports/liaison-report.html,
 * the same HTML as an A4 PDF (openhtmltopdf with the Noto Sans SC TrueType font shipped in resources/fonts), and an .xlsx
 * workbook with one sheet per table.
 */
public final class ReportRenderer
{
    static final String FONT = "fonts/NotoSansSC_400Regular.ttf";
    static final String FONT_FAMILY = "Noto Sans SC";

    private final SpringTemplateEngine engine;
    private final ReportWords words = ReportWords.chinese();

    static {
        XRLog.setLoggingEnabled(false);
    }

    public ReportRenderer()
    {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportRenderer.class.getClassLoader());
        resolver.setPrefix("templates/reports/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new SpringTemplateEngine();
        engine.setEnableSpringELCompiler(false);
        engine.setTemplateResolver(resolver);
    }

    /** What the document says about itself: its number, version and when it was made. */
    public record Heading(String title, String documentNumber, int version, LocalDateTime generatedAt)
    {
    }

    /** The three files of one version. */
    public record Files(byte[] html, byte[] pdf, byte[] xlsx)
    {
    }

    public Heading heading(LiaisonReport report, int version, LocalDateTime generatedAt)
    {
        String title = words.get("doc.title", report.month().chinese());
        String number = words.get("doc.number", String.valueOf(report.month().year()), String.valueOf(report.month().monthOfYear()));
        return new Heading(title, number, version, generatedAt);
    }

    public Files render(LiaisonReport report, Heading heading)
    {
        String html = html(report, heading);
        return new Files(html.getBytes(StandardCharsets.UTF_8), pdf(html), xlsx(report, heading));
    }

    public String html(LiaisonReport report, Heading heading)
    {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("report", report);
        context.setVariable("heading", heading);
        context.setVariable("fmt", new ReportFormat());
        return engine.process("liaison-report", context);
    }

    public byte[] pdf(String html)
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // One weight shipped (the file is 10 MB): bold text is set in the same face; headings are marked by size.
            builder.useFont(ReportRenderer::font, FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font()
    {
        InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("the report font is missing from the build: " + FONT);
        }
        return in;
    }

    public byte[] xlsx(LiaisonReport report, Heading heading)
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(tables(report, heading), out);
        return out.toByteArray();
    }

    /** The workbook's sheets, in the document's order. */
    public List<DataTable> tables(LiaisonReport report, Heading heading)
    {
        List<DataTable> tables = new ArrayList<>();
        LiaisonReport.Summary now = report.summary();
        DataTable.Builder summary = DataTable.builder("summary", words.get("xlsx.summary"))
                .column("indicator", words.get("xlsx.indicator"), Kind.TEXT)
                .column("value", words.get("xlsx.thisMonth"), Kind.NUMBER)
                .column("previous", words.get("xlsx.lastMonth"), Kind.NUMBER);
        LiaisonReport.Summary before = report.previous().orElse(null);
        summary.row(words.get("xlsx.active"), now.active(), before == null ? null : before.active());
        summary.row(words.get("xlsx.contacted"), now.contacted(), before == null ? null : before.contacted());
        summary.row(words.get("xlsx.overdue"), now.overdue(), before == null ? null : before.overdue());
        tables.add(summary.build());
        DataTable.Builder rates = DataTable.builder("rates", words.get("xlsx.rates"))
                .column("indicator", words.get("xlsx.indicator"), Kind.TEXT)
                .column("value", words.get("xlsx.thisMonth"), Kind.RATE)
                .column("previous", words.get("xlsx.lastMonth"), Kind.RATE)
                .column("target", words.get("col.target"), Kind.RATE);
        rates.row(words.get("xlsx.monthlyRate"), now.monthlyRate(), before == null ? null : before.monthlyRate(), null);
        if (now.quarterEnd()) {
            rates.row(words.get("xlsx.quarterlyRate"), now.quarterlyRate(), null, null);
        }
        report.advancedRate().ifPresent(target -> rates.row(target.indicator(), target.actual(), null, target.target().doubleValue()));
        tables.add(rates.build());

        tables.add(assignments("overdue", words.get("xlsx.overdueSheet"), report.overdue(), words.get("xlsx.noOverdue")));

        DataTable.Builder liaisons = DataTable.builder("liaisons", words.get("xlsx.liaisons"))
                .column("liaison", words.get("col.liaison"), Kind.TEXT)
                .column("title", words.get("col.title"), Kind.TEXT)
                .column("active", words.get("xlsx.active"), Kind.COUNT)
                .column("contacted", words.get("xlsx.contacted"), Kind.COUNT)
                .column("overdue", words.get("xlsx.overdue"), Kind.COUNT)
                .column("rate", words.get("xlsx.monthlyRate"), Kind.RATE)
                .emptyReason(words.get("xlsx.noAssignments"));
        for (Liaison liaison : report.liaisons()) {
            liaisons.row(liaison.liaison(), liaison.title(), liaison.active(), liaison.contacted(), liaison.overdue(), liaison.monthlyRate());
        }
        tables.add(liaisons.build());

        tables.add(assignments("assignments", words.get("xlsx.assignments"), report.assignments(), words.get("xlsx.noAssignments")));

        DataTable.Builder sites = DataTable.builder("sites", words.get("xlsx.sites"))
                .column("level", words.get("col.level"), Kind.TEXT)
                .column("active", words.get("col.sites"), Kind.COUNT)
                .column("target", words.get("col.target"), Kind.COUNT)
                .column("gap", words.get("col.gap"), Kind.COUNT)
                .emptyReason(words.get("xlsx.noSites"));
        for (SiteLevel level : report.sites()) {
            sites.row(level.level(), level.active(), level.target() == null ? null : level.target().longValue(), level.gap());
        }
        tables.add(sites.build());

        DataTable.Builder about = DataTable.builder("about", words.get("xlsx.about"))
                .column("item", words.get("xlsx.item"), Kind.TEXT)
                .column("value", words.get("xlsx.value"), Kind.TEXT);
        about.row(words.get("xlsx.docTitle"), heading.title());
        about.row(words.get("xlsx.docNumber"), heading.documentNumber());
        about.row(words.get("xlsx.version"), String.valueOf(heading.version()));
        about.row(words.get("xlsx.generatedAt"), new ReportFormat().time(heading.generatedAt()));
        about.row(words.get("xlsx.analysis"), String.valueOf(report.analysis().analysisId()));
        about.row(words.get("xlsx.analysedMonths"), report.analysis().firstMonth().iso() + " – " + report.analysis().lastMonth().iso());
        tables.add(about.build());
        return tables;
    }

    private DataTable assignments(String id, String title, List<Assignment> assignments, String empty)
    {
        DataTable.Builder table = DataTable.builder(id, title)
                .column("liaison", words.get("col.liaison"), Kind.TEXT)
                .column("title", words.get("col.title"), Kind.TEXT)
                .column("site", words.get("col.site"), Kind.TEXT)
                .column("siteCode", words.get("col.siteCode"), Kind.TEXT)
                .column("contacts", words.get("col.contacts"), Kind.COUNT)
                .column("onsite", words.get("col.onsite"), Kind.COUNT)
                .column("quarterly", words.get("col.quarterly"), Kind.TEXT)
                .column("lastOn", words.get("col.lastOn"), Kind.DATE)
                .column("lastMode", words.get("col.lastMode"), Kind.TEXT)
                .column("days", words.get("col.days"), Kind.DAYS)
                .column("summary", words.get("col.summary"), Kind.TEXT)
                .column("overdue", words.get("col.overdue"), Kind.BOOLEAN)
                .emptyReason(empty);
        for (Assignment a : assignments) {
            table.row(a.liaison(), a.title(), a.site(), a.siteCode(), a.contactsInMonth(), a.onsiteInQuarter(), a.quarterlyStatus(), a.lastContactOn(),
                    a.lastContactMode(), a.daysSinceLastContact(), a.lastContactSummary(), a.overdue());
        }
        return table.build();
    }
}
