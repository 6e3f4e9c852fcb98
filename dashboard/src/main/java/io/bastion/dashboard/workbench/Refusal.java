package io.bastion.dashboard.workbench;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why the workbench did not run a statement, or why the database refused it. The database decides (the snapshot is
 * read-only, external access is off, the configuration is locked); this only names its answer in words a user reads,
 * from i18n/workbench.properties (Chinese) and workbench_en.properties (English).
 */
public enum Refusal
{
    EMPTY,
    TOO_LONG,
    BUSY,
    NO_SNAPSHOT,
    READ_ONLY,
    FILES,
    EXTENSIONS,
    SETTINGS,
    DATABASES,
    PERSONAL_DATA,
    CANCELLED,
    MEMORY,
    SYNTAX,
    NOT_FOUND,
    INVALID,
    FAILED,
    SAVE_INVALID;

    public String key()
    {
        return "workbench.refusal." + name();
    }

    public String chinese(Object... arguments)
    {
        return text(Locale.ROOT, arguments);
    }

    public String english(Object... arguments)
    {
        return text(Locale.ENGLISH, arguments);
    }

    private String text(Locale locale, Object... arguments)
    {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/workbench", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new java.text.MessageFormat(bundle.getString(key()), locale).format(arguments);
        }
        catch (MissingResourceException e) {
            return key();
        }
    }

    /** Names the database's refusal; {@code cancelled} when the workbench itself cancelled the statement at its limit. */
    public static Refusal of(SQLException error, boolean cancelled, Snapshot snapshot)
    {
        String message = String.valueOf(error.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (cancelled || error instanceof SQLTimeoutException || lower.contains("interrupt")) {
            return CANCELLED;
        }
        if (lower.contains("read-only") || lower.contains("read only")) {
            return READ_ONLY;
        }
        if (lower.contains("file system operations are disabled") || lower.contains("cannot access file") || lower.contains("cannot access directory")) {
            return FILES;
        }
        if (lower.contains("extension")) {
            return EXTENSIONS;
        }
        if (lower.contains("configuration has been locked") || lower.contains("disabled by configuration") || lower.contains("disabled through configuration")) {
            return SETTINGS;
        }
        if (lower.contains("out of memory") || lower.contains("maximum supported string size")) {
            return MEMORY;
        }
        if (snapshot == Snapshot.ANALYST && lower.contains("restricted")) {
            return PERSONAL_DATA;
        }
        if (lower.contains("in-memory database") || lower.contains("attach") || lower.contains("detach")) {
            return DATABASES;
        }
        if (lower.contains("parser error")) {
            return SYNTAX;
        }
        if (lower.contains("catalog error")) {
            return NOT_FOUND;
        }
        if (lower.contains("binder error") || lower.contains("conversion error") || lower.contains("invalid input error")) {
            return INVALID;
        }
        return FAILED;
    }
}
