package io.bastion.dashboard.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The report's words from i18n/reports.properties (Chinese) and reports_en.properties (English), read without Spring
 * so the command line writes the same document as the server.
 */
public final class ReportWords
{
    private static final ReportWords CHINESE = new ReportWords("i18n/reports.properties", Locale.SIMPLIFIED_CHINESE, null);
    private static final ReportWords ENGLISH = new ReportWords("i18n/reports_en.properties", Locale.ENGLISH, CHINESE);

    private final Properties words = new Properties();
    private final Locale locale;
    private final ReportWords fallback;

    private ReportWords(String resource, Locale locale, ReportWords fallback)
    {
        this.locale = locale;
        this.fallback = fallback;
        try (InputStream in = ReportWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReportWords chinese()
    {
        return CHINESE;
    }

    public static ReportWords english()
    {
        return ENGLISH;
    }

    public String get(String key, Object... arguments)
    {
        String pattern = words.getProperty(key);
        if (pattern == null) {
            return fallback != null ? fallback.get(key, arguments) : key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A refusal with the same key in both languages. */
    public static ReportRefusedException refusal(String key, Object... arguments)
    {
        return new ReportRefusedException(CHINESE.get(key, arguments), ENGLISH.get(key, arguments));
    }

    /** A refusal that the next analysis may lift ({@link ReportRefusedException#waitsForAnalysis()}). */
    public static ReportRefusedException waitingForAnalysis(String key, Object... arguments)
    {
        return new ReportRefusedException(CHINESE.get(key, arguments), ENGLISH.get(key, arguments), true);
    }
}
