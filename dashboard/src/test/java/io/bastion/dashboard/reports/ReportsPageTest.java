package io.bastion.dashboard.reports;

import io.bastion.dashboard.security.Accounts;
import io.bastion.dashboard.security.Role;
import io.bastion.dashboard.scope.Month;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report archive page in the whole application (no bastion.quartz.url: the in-memory store, and no DataSource at
 * all): what failed is shown to admins with its reason, in Chinese and English, not only logged; leaders see the
 * archive without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsPageTest
{
    private static final String ADMIN_PASSWORD = "reports-page-admin";
    private static final String PASSWORD = "reports-page-leader";

    @TempDir
    static Path data;

    @LocalServerPort
    int port;
    @Autowired
    Warehouse warehouse;
    @Autowired
    Reports reports;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationContext context;

    private final HttpClient client = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry)
    {
        registry.add("bastion.warehouse", () -> data.resolve("warehouse.duckdb").toString());
        registry.add("bastion.archive", () -> data.resolve("archive").toString());
        registry.add("bastion.inbox", () -> data.resolve("inbox").toString());
        // The schedule is run by the test, on the real clock, rather than by Quartz.
        registry.add("spring.quartz.auto-startup", () -> "false");
        registry.add("bastion.security.admin-password", () -> ADMIN_PASSWORD);
    }

    @Test
    void showsAdminsEveryFailureWithItsReason()
            throws Exception
    {
        assertThat(context.getBeansOfType(DataSource.class)).as("without bastion.quartz.url the application has no DataSource").isEmpty();
        accounts.create("leader-test", "领导（测试）", Role.LEADER, Optional.empty(), PASSWORD);
        ReportPark.build(warehouse);
        // The marts end at 2026-09, before any month the schedule owes from now on.
        ReportPark.analyse(warehouse, 1, 202609);
        String owed = ReportPark.owedToday().iso();

        String before = page("admin");
        assertThat(before).as("the due month has no report yet").contains("至今没有任何版本", "has no version yet", owed);

        reports.runDue();
        // a month before the analysed ones (2026-08 on) cannot be built by any analysis to come: a failure
        reports.regenerate(new Month(202607), Accounts.ADMIN);
        reports.runFailed(new WarehouseSqlException("claim the report of " + owed, new SQLException("IO Error: Could not set lock on file \"warehouse.duckdb\"")));

        String admin = page("admin");
        String problems = admin.substring(admin.indexOf("data-testid=\"report-problems\""), admin.indexOf("data-testid=\"report-regenerate\""));
        assertThat(problems).as("the failed build, with the marts' refusal in both languages")
                .contains("2026年7月早于分析批次 1 的首个分析月份", "2026-07 is before the first month of analysis run 1");
        assertThat(problems).as("the due month waits for an analysis reaching it: not a problem to fix").doesNotContain("指标数据尚未更新到");
        String archive = admin.substring(admin.indexOf("data-table=\"reports\""));
        assertThat(archive).as("the due month's version, waiting, with the marts' refusal as its title")
                .contains("data-month=\"" + owed + "\"", "status-waiting", "等待分析", "do not reach " + owed);
        assertThat(admin).as("and said in the page, not only in a title a tablet cannot show")
                .contains("data-testid=\"report-waiting\"", "第 1 版等待分析，指标计算完成后自动生成：指标数据尚未更新到");
        assertThat(problems).as("the run that failed before any report could record it")
                .contains("定时生成月报的任务失败", "The scheduled report run at", "WarehouseSqlException: claim the report of " + owed,
                        "Could not set lock on file");
        assertThat(problems).as("the due month has its (failed) report now").doesNotContain("has no version yet");

        String leader = page("leader-test");
        assertThat(leader).contains("data-testid=\"report-status\"").doesNotContain("data-testid=\"report-problems\"", "Could not set lock on file");
    }

    private String page(String username)
            throws Exception
    {
        String password = Accounts.ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD;
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/reports"))
                .header("Authorization", basic).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("/reports as " + username).isEqualTo(200);
        return response.body();
    }
}
