package io.bastion.dashboard.ingest;

import static java.util.Objects.requireNonNull;

/** A received file refused before ingestion (unsafe name, duplicate name, no file), with why in Chinese and English. */
public final class UploadRefusedException
        extends RuntimeException
{
    private final UploadError error;
    private final String chinese;
    private final String english;

    public UploadRefusedException(UploadError error, String fileName)
    {
        super("'" + printable(fileName) + "': " + error.english());
        this.error = requireNonNull(error, "error is null");
        this.chinese = "「" + printable(fileName) + "」：" + error.chinese();
        this.english = getMessage();
    }

    public UploadError error()
    {
        return error;
    }

    public String chinese()
    {
        return chinese;
    }

    public String english()
    {
        return english;
    }

    /** The name with control characters shown as escapes, so a message cannot forge log lines. */
    static String printable(String name)
    {
        StringBuilder text = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                text.append(String.format("\\u%04x", c));
            }
            else {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }
}
