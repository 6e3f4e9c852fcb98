package io.bastion.analytics.lake;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathLiteralTest
{
    @Test
    void doublesQuotesInsideTheLiteral()
    {
        assertThat(PathLiteral.of(Path.of("/tmp/o'brien/lake"))).isEqualTo("'/tmp/o''brien/lake'");
    }

    @Test
    void namesTheParquetFilesOfAFolder()
    {
        assertThat(PathLiteral.parquetFilesIn(Path.of("/tmp/marts/mart_coverage"))).isEqualTo("'/tmp/marts/mart_coverage/*.parquet'");
    }

    @Test
    void refusesGlobAndControlCharacters()
    {
        assertThatThrownBy(() -> PathLiteral.of(Path.of("/tmp/lake*")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("路径含有不允许的字符")
                .hasMessageContaining("contains '*'");
        assertThatThrownBy(() -> PathLiteral.of(Path.of("/tmp/la\nke")))
                .hasMessageContaining("\\u000a");
    }
}
