package io.bastion.ingest.simulation;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The three encodings CSV arrives in; all normal in the park. */
enum CsvEncoding
{
    UTF_8(StandardCharsets.UTF_8, false),
    UTF_8_WITH_BOM(StandardCharsets.UTF_8, true),
    GB18030(Charset.forName("GB18030"), false);

    private final Charset charset;
    private final boolean byteOrderMark;

    CsvEncoding(Charset charset, boolean byteOrderMark)
    {
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
    }

    Charset charset()
    {
        return charset;
    }

    boolean byteOrderMark()
    {
        return byteOrderMark;
    }
}
