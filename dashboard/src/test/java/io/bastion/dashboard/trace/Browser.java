package io.bastion.dashboard.trace;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A logged-in user of the test's real server: the login form with its CSRF token, then GETs with the session cookie. */
final class Browser
{
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;

    private Browser(int port)
    {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static Browser login(int port, String username, String password)
            throws IOException, InterruptedException
    {
        Browser browser = new Browser(port);
        Matcher token = CSRF.matcher(browser.get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("the login page has no CSRF token");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> response = browser.client.send(HttpRequest.newBuilder(browser.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("cannot log in as " + username + ": " + response.statusCode() + " " + location);
        }
        return browser;
    }

    HttpResponse<String> get(String path)
            throws IOException, InterruptedException
    {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path)
    {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value)
    {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
