package io.bastion.dashboard.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import io.bastion.dashboard.scope.OrganizationTree;
import io.bastion.dashboard.security.Accounts;
import io.bastion.dashboard.security.Role;
import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser on the scale-1 park: every role logs in and opens every page it may (screenshots at
 * 1366×768 and 1024×768 in target/screenshots), the figures read off the pages equal the independent {@code oracle_*}
 * views, a figure's trace leads to a submission file, a branch secretary cannot reach another subtree by URL, API or a
 * crafted drill-down parameter, anonymous users are refused, and an organization named as HTML shows as text.
 */
@ExtendWith(ScaleOneDashboard.Shared.class)
class DashboardBrowserIT
{
    private static final int MONTH = 202610;
    private static final String MONTH_ISO = "2026-10";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ScaleOneDashboard dashboard;
    private static Browser browser;
    private static Map<Role, String> users;
    private static String secretaryOrganization;
    private static String otherRoot;
    private static long secretaryFile;

    @BeforeAll
    static void start(ScaleOneDashboard shared)
            throws Exception
    {
        dashboard = shared;
        OrganizationTree.Snapshot tree = dashboard.context().getBean(OrganizationTree.class).at(MONTH);
        secretaryOrganization = dashboard.secretaryOrganization();
        users = dashboard.users();
        otherRoot = tree.roots(Optional.empty()).stream().map(OrganizationTree.Organization::code)
                .filter(code -> !tree.subtree(secretaryOrganization).contains(code)).findFirst().orElseThrow();
        secretaryFile = count("SELECT file_id FROM fact_organization_report WHERE month_key = ? AND org_code = '" + secretaryOrganization + "'");
        browser = new Browser(dashboard.baseUrl());
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop()
    {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void overviewShowsTheOracleFiguresForTheLeader()
            throws SQLException
    {
        try (Browser.Tab tab = login(Role.LEADER, 1366)) {
            Page page = tab.open("/?month=" + MONTH_ISO);
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("orgCoverage", rate("SELECT covered_enterprises, active_enterprises FROM oracle_coverage WHERE month_key = ? AND scope_kind = 'park'"));
            expected.put("workCoverage", rate("SELECT work_covered_enterprises, active_enterprises FROM oracle_coverage WHERE month_key = ? AND scope_kind = 'park'"));
            expected.put("ownBranch", rate("SELECT own_organization_enterprises, enterprises_with_three_full FROM oracle_coverage WHERE month_key = ? AND scope_kind = 'park'"));
            expected.put("participation", rate("SELECT attended_total, expected_total FROM oracle_organization_life WHERE month_key = ? AND scope_kind = 'park'"));
            expected.put("mobileManaged", rate("SELECT mobile_managed, mobile_members FROM oracle_membership WHERE month_key = ? AND scope_kind = 'park'"));
            expected.put("backbone", rate("SELECT backbone_members, members FROM oracle_membership WHERE month_key = ? AND scope_kind = 'park'"));
            expected.put("timeliness", rate("SELECT on_time, active_organizations FROM oracle_submission_timeliness WHERE month_key = ? AND scope_kind = 'park'"));
            expected.put("liaison", rate("SELECT contacted_assignments, active_assignments FROM oracle_liaison_summary WHERE month_key = ? AND scope_kind = 'park'"));
            expected.put("compliance", rate("""
                    SELECT compliant_branches, branches FROM oracle_life_compliance
                    WHERE scope_kind = 'park' AND quarter = (SELECT max(quarter) FROM oracle_life_compliance WHERE quarter <= '2026Q3') AND ? > 0"""));
            expected.put("advanced", rate("""
                    SELECT good, assessed FROM oracle_grade_summary
                    WHERE scope_kind = 'park' AND period = (SELECT max(period) FROM oracle_grade_summary WHERE period <= '2026Q3') AND ? > 0"""));
            expected.put("admissions", "%,d".formatted(count("""
                    SELECT sum(entries) FROM oracle_admission_flow
                    WHERE scope_kind = 'park' AND stage = '预备党员' AND month_key BETWEEN 202601 AND ?""")));
            Map<String, String> shown = new LinkedHashMap<>();
            for (String key : expected.keySet()) {
                shown.put(key, page.locator("[data-kpi=" + key + "] [data-testid=kpi-value]").textContent().trim());
            }
            assertThat(shown).isEqualTo(expected);

            Map<String, String> actions = new LinkedHashMap<>();
            Map<String, String> oracleActions = new LinkedHashMap<>();
            oracleActions.put("mustForm", "%,d".formatted(count("SELECT must_form_enterprises FROM oracle_coverage WHERE month_key = ? AND scope_kind = 'park'")));
            oracleActions.put("overdueElection", "%,d".formatted(count("SELECT count(*) FROM oracle_overdue_election WHERE month_key = ?")));
            oracleActions.put("overdueLiaison", "%,d".formatted(count("SELECT count(*) FROM oracle_liaison_progress WHERE month_key = ? AND overdue")));
            oracleActions.put("late", "%,d".formatted(count("SELECT count(*) FROM oracle_late_submission WHERE month_key = ?")));
            oracleActions.put("procedure", "%,d".formatted(count("SELECT count(*) FROM oracle_procedure_finding WHERE month_key = ?")));
            oracleActions.put("lostContact", "%,d".formatted(count("SELECT count(*) FROM oracle_lost_contact WHERE month_key = ?")));
            oracleActions.put("reconciliation", "%,d".formatted(count("SELECT count(*) FROM oracle_reconciliation WHERE month_key = ?")));
            for (String key : oracleActions.keySet()) {
                actions.put(key, page.locator("[data-action=" + key + "] .count").textContent().trim());
            }
            assertThat(actions).isEqualTo(oracleActions);
            assertThat(tab.problems()).isEmpty();
        }
    }

    @Test
    void everyRoleOpensEveryPageItMay()
    {
        List<String> failures = new ArrayList<>();
        for (Role role : users.keySet()) {
            for (int width : new int[] {1366, 1024}) {
                try (Browser.Tab tab = login(role, width)) {
                    for (String path : pages(role)) {
                        Page page = tab.open(path);
                        String text = page.locator("body").innerText();
                        for (String bad : List.of("NaN", "undefined", "null", "Whitelabel", "Exception")) {
                            if (text.contains(bad)) {
                                failures.add(role + " " + path + " shows '" + bad + "'");
                            }
                        }
                        if (page.locator("main").count() == 0) {
                            failures.add(role + " " + path + " has no main content");
                        }
                        double scroll = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).doubleValue();
                        if (scroll > 1) {
                            failures.add(role + " " + path + " scrolls sideways at " + width + " by " + scroll + "px");
                        }
                        Object wide = page.evaluate("""
                                () => [...document.querySelectorAll('main .table-wrap')].filter(w => w.scrollWidth - w.clientWidth > 1)
                                        .map(w => (w.querySelector('table') || w).getAttribute('data-table') || 'table')""");
                        if (wide instanceof List<?> tables && !tables.isEmpty()) {
                            failures.add(role + " " + path + " has tables scrolling sideways at " + width + ": " + tables);
                        }
                        tab.screenshot(SCREENSHOTS.resolve(role.name().toLowerCase(Locale.ROOT)).resolve(name(path) + "_" + width + ".png"));
                    }
                    tab.problems().forEach(problem -> failures.add(role + ": " + problem));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aBranchSecretaryStaysInsideTheirSubtree()
    {
        try (Browser.Tab tab = login(Role.SECRETARY, 1366)) {
            Page page = tab.open("/?month=" + MONTH_ISO);
            assertThat(page.locator("#org-select option[value='']").count()).as("no whole-park choice").isZero();
            assertThat(page.locator("#org-select option").allInnerTexts()).isNotEmpty();
            assertThat(page.locator("#org-select").inputValue()).isEqualTo(secretaryOrganization);

            for (String path : List.of("/api/overview?org=" + otherRoot, "/api/overview?month=" + MONTH_ISO + "&org=" + otherRoot)) {
                APIResponse response = tab.page().request().get(dashboard.baseUrl() + path);
                assertThat(response.status()).as(path).isEqualTo(403);
                assertThat(response.text()).contains("OUTSIDE_SUBTREE");
            }
            APIResponse own = tab.page().request().get(dashboard.baseUrl() + "/api/overview?org=" + secretaryOrganization);
            assertThat(own.status()).isEqualTo(200);
            APIResponse park = tab.page().request().get(dashboard.baseUrl() + "/api/overview");
            assertThat(park.text()).as("no org parameter means their own subtree").contains("\"orgCode\":\"" + secretaryOrganization + "\"");

            Page refused = tab.open("/?org=" + otherRoot);
            assertThat(refused.locator("[data-testid=error-detail]").textContent()).contains("没有权限");
            assertThat(tab.page().request().get(dashboard.baseUrl() + "/admin/users").status()).isEqualTo(403);
            assertThat(tab.page().request().get(dashboard.baseUrl() + "/api/ingest/runs").status()).isEqualTo(403);
        }
    }

    @Test
    void anonymousUsersAreRefused()
            throws Exception
    {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(dashboard.baseUrl() + "/api/overview")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        HttpResponse<String> quarantine = client.send(HttpRequest.newBuilder(URI.create(dashboard.baseUrl() + "/api/ingest/runs/1/quarantine")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(quarantine.statusCode()).isEqualTo(401);
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(dashboard.baseUrl() + "/coverage")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void personalDataAndStateChangesNeedTheRightRoleAndToken()
    {
        try (Browser.Tab tab = login(Role.LEADER, 1366)) {
            assertThat(tab.page().request().get(dashboard.baseUrl() + "/api/ingest/runs/1/quarantine").status()).isEqualTo(403);
        }
        try (Browser.Tab tab = login(Role.ADMIN, 1366)) {
            APIResponse withoutToken = tab.page().request().post(dashboard.baseUrl() + "/admin/users",
                    com.microsoft.playwright.options.RequestOptions.create().setForm(com.microsoft.playwright.options.FormData.create()
                            .set("username", "intruder").set("displayName", "x").set("role", "ADMIN").set("password", "12345678x")));
            assertThat(withoutToken.status()).as("a POST without the CSRF token").isEqualTo(403);
            assertThat(dashboard.context().getBean(Accounts.class).exists("intruder")).isFalse();
        }
    }

    @Test
    void aFiguresTraceListsWhatItCountsAndLeadsToTheSubmissionFile()
            throws SQLException
    {
        try (Browser.Tab tab = login(Role.LEADER, 1366)) {
            Page page = tab.open("/trace?figure=coverage.covered&month=" + MONTH_ISO);
            long covered = count("SELECT covered_enterprises FROM oracle_coverage WHERE month_key = ? AND scope_kind = 'park'");
            assertThat(page.locator("[data-testid=trace-count]").textContent()).contains("%,d".formatted(covered));
            com.microsoft.playwright.Locator file = page.locator("table.data a[href*='/trace/files']").first();
            String fileName = file.textContent().trim();
            assertThat(fileName).as("the first row's submission file").matches(".+_\\d{4}-\\d{2}.*");
            file.click();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            assertThat(page.locator("body").innerText()).contains(fileName);
            assertThat(tab.problems()).isEmpty();
        }
        try (Browser.Tab tab = login(Role.SECRETARY, 1366)) {
            APIResponse crafted = tab.page().request().get(dashboard.baseUrl() + "/api/trace?figure=coverage.covered&month=" + MONTH_ISO + "&org=" + otherRoot);
            assertThat(crafted.status()).as("a crafted drill-down parameter").isEqualTo(403);
            assertThat(tab.page().request().get(dashboard.baseUrl() + "/api/lists/late?org=" + otherRoot).status()).isEqualTo(403);
        }
    }

    @Test
    void anOrganizationNamedAsHtmlShowsAsText()
    {
        try (Browser.Tab tab = login(Role.LEADER, 1366)) {
            Page page = tab.open("/organization?month=" + MONTH_ISO + "&org=" + dashboard.hostileOrganization());
            assertThat(page.locator("[data-testid=org-name]").first().textContent()).contains(ScaleOneDashboard.HOSTILE_NAME);
            assertThat(page.locator("img[src=x]").count()).isZero();
            APIResponse export = tab.page().request().get(dashboard.baseUrl() + "/api/organization/export.xlsx?month=" + MONTH_ISO + "&org="
                    + dashboard.hostileOrganization());
            assertThat(export.status()).isEqualTo(200);
            assertThat(tab.problems()).as("no script ran: no alert, no error").isEmpty();
        }
    }

    private static List<String> pages(Role role)
    {
        List<String> pages = new ArrayList<>(List.of("/?month=" + MONTH_ISO, "/?month=" + MONTH_ISO + "&lang=en"));
        pages.add("/?month=" + MONTH_ISO + "&lang=zh_CN");
        for (String family : List.of("coverage", "grades", "admissions", "organizationlife", "sites", "organization")) {
            pages.add("/" + family + "?month=" + MONTH_ISO);
        }
        pages.add("/organization?month=" + MONTH_ISO + "&org=" + secretaryOrganization);
        pages.add("/trace?figure=coverage.covered&month=" + MONTH_ISO);
        pages.add("/trace/files?month=" + MONTH_ISO + "&file=" + secretaryFile);
        pages.add("/lists/late?month=" + MONTH_ISO);
        if (role == Role.SECRETARY) {
            pages.add("/mybranch");
        }
        if (role == Role.LEADER || role == Role.ADMIN) {
            pages.add("/reports");
        }
        if (role == Role.ANALYST || role == Role.ADMIN) {
            pages.add("/workbench");
        }
        if (role == Role.ADMIN) {
            pages.add("/runs");
            pages.add("/admin/users");
        }
        return pages;
    }

    private static String name(String path)
    {
        String name = path.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        return name.isEmpty() ? "overview" : name;
    }

    private static Browser.Tab login(Role role, int width)
    {
        return browser.login(users.get(role), dashboard.password(role), width);
    }

    /** numerator ÷ denominator of the oracle's row, written as the page writes a rate. */
    private static String rate(String sql)
            throws SQLException
    {
        try (Connection connection = dashboard.context().getBean(Warehouse.class).connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, MONTH);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as(sql).isTrue();
                long denominator = row.getLong(2);
                return denominator == 0 ? "—" : "%.1f%%".formatted(100.0 * row.getLong(1) / denominator);
            }
        }
    }

    private static long count(String sql)
            throws SQLException
    {
        try (Connection connection = dashboard.context().getBean(Warehouse.class).connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, MONTH);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as(sql).isTrue();
                return row.getLong(1);
            }
        }
    }
}
