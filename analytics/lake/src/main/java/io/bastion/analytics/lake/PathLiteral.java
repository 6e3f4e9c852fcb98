package io.bastion.analytics.lake;

import java.nio.file.Path;

/**
 * A file path as a DuckDB string literal. DuckDB's COPY … TO and read_parquet take no bind parameter for the path,
 * so the path is checked and quoted here instead of being concatenated as it comes.
 */
final class PathLiteral
{
    private PathLiteral() {}

    /** {@code '<absolute path>'}, with quotes doubled; control characters and glob characters are refused. */
    static String of(Path path)
    {
        String text = path.toAbsolutePath().normalize().toString();
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            // read_parquet expands * ? [ ] { } as a glob: a folder named so would read other files than meant.
            if (Character.isISOControl(character) || "*?[]{}".indexOf(character) >= 0) {
                throw new IllegalArgumentException("路径含有不允许的字符 '" + printable(character) + "'：" + text + "，请换一个目录"
                        + " / The path " + text + " contains '" + printable(character) + "', which the lake and mart folders cannot: choose another folder");
            }
        }
        return "'" + text.replace("'", "''") + "'";
    }

    /** The literal of the Parquet files directly inside {@code folder}. */
    static String parquetFilesIn(Path folder)
    {
        String folderLiteral = of(folder);
        return folderLiteral.substring(0, folderLiteral.length() - 1) + "/*.parquet'";
    }

    private static String printable(char character)
    {
        return Character.isISOControl(character) ? String.format("\\u%04x", (int) character) : String.valueOf(character);
    }
}
