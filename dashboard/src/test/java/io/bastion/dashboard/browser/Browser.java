package io.bastion.dashboard.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, offline: no browser download ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD}), the
 * system's executable, headless, with the flags this closed network needs.
 */
final class Browser
        implements AutoCloseable
{
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String baseUrl;

    Browser(String baseUrl)
    {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("找不到 /usr/bin/chromium：请安装 Debian 的 chromium 软件包（.ci/run 会安装） / install Debian's chromium");
        }
        this.baseUrl = baseUrl;
        this.playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    /** A logged-in tab at the given width; page errors and dialogs are collected in {@code problems}. */
    Tab login(String username, String password, int width)
    {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, 768).setLocale("zh-CN").setTimezoneId("Asia/Shanghai"));
        // Generous waits: on a loaded 2-core machine a page's first trace query can take longer than Playwright's 30 s default.
        context.setDefaultTimeout(90_000);
        context.setDefaultNavigationTimeout(90_000);
        Page page = context.newPage();
        List<String> problems = new ArrayList<>();
        page.onPageError(error -> problems.add("page error: " + error));
        page.onDialog(dialog -> {
            problems.add("dialog: " + dialog.message());
            dialog.dismiss();
        });
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().contains("favicon")) {
                problems.add("console: " + message.text());
            }
        });
        page.navigate(baseUrl + "/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", password);
        page.click("button[type=submit]");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return new Tab(context, page, problems, baseUrl);
    }

    @Override
    public void close()
    {
        browser.close();
        playwright.close();
    }

    /** One logged-in browser context. */
    record Tab(BrowserContext context, Page page, List<String> problems, String baseUrl)
            implements AutoCloseable
    {
        /** Opens a path and waits until its scripts have drawn (network idle, then a frame for the charts). */
        Page open(String path)
        {
            page.navigate(baseUrl + path);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForTimeout(300);
            return page;
        }

        void screenshot(Path file)
        {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        }

        @Override
        public void close()
        {
            context.close();
        }
    }
}
