package io.bastion.ingest.format;

import java.util.ArrayList;
import java.util.List;

/** Checks a header row against an input table and maps column positions to headers. */
final class Headers
{
    private Headers() {}

    /** For each position in the file, the known header there, or null for a column we do not read. */
    static String[] positions(InputTable table, List<String> fileHeaders, String fileName)
    {
        String[] positions = new String[fileHeaders.size()];
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < fileHeaders.size(); i++) {
            String header = clean(fileHeaders.get(i));
            if (table.column(header).isPresent()) {
                positions[i] = header;
                seen.add(header);
            }
        }
        List<String> missing = table.columns().stream()
                .filter(column -> !column.optionalInFile())
                .map(InputTable.Column::header)
                .filter(header -> !seen.contains(header))
                .toList();
        if (!missing.isEmpty()) {
            throw new FileRejectedException(FileError.MISSING_COLUMN, fileName,
                    table.sheetName() + " 缺少列：" + String.join("、", missing),
                    table.sheetName() + " lacks the column(s) " + String.join(", ", missing));
        }
        return positions;
    }

    static String clean(String value)
    {
        if (value == null) {
            return "";
        }
        return value.replace("\uFEFF", "").strip();
    }
}
