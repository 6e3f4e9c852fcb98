package io.bastion.ingest.format;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a text file's encoding is told apart: a byte order mark, strict UTF-8, else GB18030. */
class CsvDecodingTest
{
    private static final String TEXT = "姓名,性别\n张三,男\n";

    @Test
    void readsUtf8WithAndWithoutAByteOrderMark()
    {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        assertThat(CsvReader.decode(utf8, "a.csv")).isEqualTo(TEXT);
        assertThat(CsvReader.decode(withBom(utf8), "a.csv")).isEqualTo(TEXT);
    }

    @Test
    void readsGb18030WhenTheBytesAreNotUtf8()
    {
        assertThat(CsvReader.decode(TEXT.getBytes(Charset.forName("GB18030")), "a.csv")).isEqualTo(TEXT);
    }

    @Test
    void keepsAReplacementCharacterThatWasSent()
    {
        String sent = "主题\n\uFFFD 无法显示的字\n";
        assertThat(CsvReader.decode(sent.getBytes(StandardCharsets.UTF_8), "a.csv")).isEqualTo(sent);
    }

    @Test
    void refusesAByteOrderMarkFollowedByWhatIsNotUtf8()
    {
        byte[] gb = TEXT.getBytes(Charset.forName("GB18030"));
        assertThatThrownBy(() -> CsvReader.decode(withBom(gb), "a.csv"))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("UTF-8");
    }

    private static byte[] withBom(byte[] bytes)
    {
        byte[] marked = new byte[bytes.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, marked, 3, bytes.length);
        return marked;
    }
}
