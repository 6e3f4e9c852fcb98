package io.bastion.dashboard.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import io.bastion.dashboard.security.Accounts;
import io.bastion.dashboard.security.Role;
import io.bastion.sql.Warehouse;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL workbench in a real browser on the scale-1 park's published snapshot: an analyst types a query into the editor,
 * runs it, charts it and exports it as CSV and .xlsx; every value shown, charted and exported equals the same query run
 * on the warehouse over plain JDBC. Refusals (a write, personal data for a non-admin) show their bilingual reason and
 * change nothing. Screenshots at 1366 and 1024 in target/screenshots/analyst.
 */
@ExtendWith(ScaleOneDashboard.Shared.class)
class WorkbenchBrowserIT
{
    /** A typical aggregation: current organizations by kind, most first. */
    private static final String QUERY = "SELECT org_kind, count(*) AS organizations FROM dim_organization WHERE is_current GROUP BY org_kind "
            + "ORDER BY organizations DESC, org_kind";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "analyst");

    private static ScaleOneDashboard dashboard;
    private static List<List<String>> expected;

    @BeforeAll
    static void start(ScaleOneDashboard shared)
            throws SQLException
    {
        dashboard = shared;
        expected = jdbc(QUERY);
        assertThat(expected).as("the park has several kinds of organization").hasSizeGreaterThan(2);
    }

    @Test
    void anAnalystTypesRunsChartsAndExportsAQuery()
            throws Exception
    {
        Files.createDirectories(SCREENSHOTS);
        try (Browser browser = new Browser(dashboard.baseUrl())) {
            for (int width : new int[] {1366, 1024}) {
                try (Browser.Tab tab = browser.login(dashboard.users().get(Role.ANALYST), dashboard.password(Role.ANALYST), width)) {
                    Page page = tab.open("/workbench");
                    assertThat(page.locator("[data-testid=schema-object]").count()).as("the schema browser lists the snapshot").isPositive();
                    assertThat(page.locator("[data-testid=schema]").innerText()).doesNotContain("restricted.");
                    type(page, QUERY);
                    run(page);

                    List<List<String>> shown = new ArrayList<>();
                    for (List<String> cells : rows(page)) {
                        shown.add(List.of(cells.get(0), cells.get(1).replace(",", "")));
                    }
                    assertThat(shown).isEqualTo(expected);
                    assertThat(page.locator("[data-testid=result-status]").textContent()).contains("共 " + expected.size() + " 行");

                    page.selectOption("[data-testid=chart-type]", "bar");
                    assertThat(chartCategories(page)).isEqualTo(expected.stream().map(row -> row.get(0)).toList());
                    assertThat(chartValues(page)).isEqualTo(expected.stream().map(row -> row.get(1)).toList());
                    tab.screenshot(SCREENSHOTS.resolve("workbench_bar_" + width + ".png"));
                    page.selectOption("[data-testid=chart-type]", "pie");
                    page.waitForTimeout(300);
                    tab.screenshot(SCREENSHOTS.resolve("workbench_pie_" + width + ".png"));

                    if (width == 1366) {
                        Download csv = page.waitForDownload(() -> page.click("[data-testid=export-csv]"));
                        List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
                        assertThat(lines.get(0).replace("\uFEFF", "")).isEqualTo("org_kind,organizations");
                        assertThat(lines.subList(1, lines.size())).isEqualTo(expected.stream().map(row -> String.join(",", row)).toList());

                        Download xlsx = page.waitForDownload(() -> page.click("[data-testid=export-xlsx]"));
                        try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(xlsx.path()))) {
                            Sheet sheet = workbook.getFirstSheet();
                            List<Row> read = sheet.read();
                            assertThat(read.get(0).getCellText(0)).isEqualTo("org_kind");
                            assertThat(read.subList(1, read.size()).stream()
                                    .map(row -> List.of(row.getCellText(0), String.valueOf(row.getCellAsNumber(1).orElseThrow().longValue()))).toList())
                                    .isEqualTo(expected);
                        }
                        page.waitForTimeout(1600);
                        assertThat(page.locator("[data-testid=history]").innerText()).contains(QUERY);
                    }
                    assertThat(tab.problems()).isEmpty();
                }
            }
        }
    }

    @Test
    void refusalsShowTheirReasonAndChangeNothing()
            throws Exception
    {
        long before = Long.parseLong(jdbc("SELECT count(*) FROM dim_organization").get(0).get(0));
        try (Browser browser = new Browser(dashboard.baseUrl());
                Browser.Tab tab = browser.login(dashboard.users().get(Role.ANALYST), dashboard.password(Role.ANALYST), 1366)) {
            Page page = tab.open("/workbench");
            type(page, "DELETE FROM dim_organization");
            page.click("[data-testid=run]");
            page.locator("[data-testid=result-error]").waitFor();
            String error = page.locator("[data-testid=result-error]").innerText();
            assertThat(error).as("a write is refused in Chinese").containsPattern("[\\u4e00-\\u9fa5]{4,}");
            tab.screenshot(SCREENSHOTS.resolve("workbench_refused_1366.png"));

            String personal = "SELECT username FROM restricted.app_user";
            type(page, personal);
            page.locator("[data-testid=result-error]").evaluate("box => box.hidden = true");
            page.click("[data-testid=run]");
            page.locator("[data-testid=result-error]").waitFor();
            assertThat(page.locator("[data-testid=result-error]").innerText()).as("personal data refused in Chinese").containsPattern("[\\u4e00-\\u9fa5]{4,}");
            assertThat(page.locator("[data-testid=result]").innerText()).doesNotContain(Accounts.ADMIN);

            String basic = "Basic " + Base64.getEncoder().encodeToString((dashboard.users().get(Role.ANALYST) + ":" + dashboard.password(Role.ANALYST))
                    .getBytes(StandardCharsets.UTF_8));
            APIResponse refused = tab.page().request().post(dashboard.baseUrl() + "/api/workbench/query", RequestOptions.create()
                    .setHeader("Authorization", basic).setHeader("Content-Type", "application/json")
                    .setData("{\"sql\": \"" + personal + "\", \"page\": 1}"));
            assertThat(refused.status()).isBetween(400, 499);
            assertThat(refused.text()).as("the API says it in both languages").contains("\"chinese\"", "\"english\"").doesNotContain("\"" + Accounts.ADMIN + "\"");
        }
        assertThat(Long.parseLong(jdbc("SELECT count(*) FROM dim_organization").get(0).get(0))).isEqualTo(before);
    }

    /** Types into the CodeMirror editor as a user would: click, select all, type. */
    private static void type(Page page, String sql)
    {
        page.click("[data-testid=sql-codemirror] .CodeMirror-code");
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().type(sql);
        assertThat(page.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.getValue()")).isEqualTo(sql);
    }

    private static void run(Page page)
    {
        page.click("[data-testid=run]");
        page.waitForSelector("[data-table=workbench-result] tbody tr");
    }

    private static List<List<String>> rows(Page page)
    {
        List<List<String>> rows = new ArrayList<>();
        for (var row : page.locator("[data-table=workbench-result] tbody tr").all()) {
            rows.add(row.locator("td").allInnerTexts().stream().map(String::trim).toList());
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<String> chartCategories(Page page)
    {
        List<Object> data = (List<Object>) page.evaluate("() => echarts.getInstanceByDom(document.getElementById('chart')).getOption().xAxis[0].data");
        return data.stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> chartValues(Page page)
    {
        List<Object> data = (List<Object>) page.evaluate("() => echarts.getInstanceByDom(document.getElementById('chart')).getOption().series[0].data");
        return data.stream().map(value -> String.valueOf(((Number) value).longValue())).toList();
    }

    private static List<List<String>> jdbc(String sql)
            throws SQLException
    {
        try (Connection connection = dashboard.context().getBean(Warehouse.class).connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }
}
