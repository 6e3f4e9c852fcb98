package io.bastion.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a branch submission sent as JSON: an object with 组织信息 (an object) and 人员信息,
 * 组织生活 (arrays of objects), keyed by the Chinese headers. Element n is row n.
 */
final class JsonReader
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<InputTable, RowValues.Columns> COLUMNS = new EnumMap<>(InputTable.class);

    static {
        for (InputTable table : InputTable.values()) {
            COLUMNS.put(table, new RowValues.Columns(table.headers()));
        }
    }

    private JsonReader() {}

    static List<RawTable> readSubmission(byte[] bytes, String fileName)
    {
        JsonNode root;
        try {
            root = MAPPER.readTree(CsvReader.decode(bytes, fileName));
        }
        catch (JsonProcessingException e) {
            throw new FileRejectedException(FileError.NOT_JSON, fileName,
                    "第 " + e.getLocation().getLineNr() + " 行附近：" + e.getOriginalMessage(),
                    "near line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
        catch (IOException e) {
            throw new FileRejectedException(FileError.NOT_JSON, fileName, e.getMessage(), e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new FileRejectedException(FileError.NOT_JSON, fileName, "顶层应为对象", "the top level must be an object");
        }
        List<RawTable> tables = new ArrayList<>();
        JsonNode organization = member(root, InputTable.ORGANIZATION, fileName);
        if (!organization.isObject()) {
            throw new FileRejectedException(FileError.NOT_JSON, fileName, "「组织信息」应为对象", "'组织信息' must be an object");
        }
        tables.add(new RawTable(InputTable.ORGANIZATION, fileName, List.of(row(InputTable.ORGANIZATION, 1, organization))));
        for (InputTable table : List.of(InputTable.PEOPLE, InputTable.ORGANIZATION_LIFE)) {
            JsonNode array = member(root, table, fileName);
            if (!array.isArray()) {
                throw new FileRejectedException(FileError.NOT_JSON, fileName,
                        "「" + table.sheetName() + "」应为数组", "'" + table.sheetName() + "' must be an array");
            }
            List<RawRow> rows = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (!element.isObject()) {
                    throw new FileRejectedException(FileError.NOT_JSON, fileName,
                            "「" + table.sheetName() + "」第 " + (i + 1) + " 条不是对象", "element " + (i + 1) + " of '" + table.sheetName() + "' is not an object");
                }
                RawRow row = row(table, i + 1, element);
                if (!row.values().isEmpty()) {
                    rows.add(row);
                }
            }
            tables.add(new RawTable(table, fileName, rows));
        }
        return tables;
    }

    private static JsonNode member(JsonNode root, InputTable table, String fileName)
    {
        JsonNode node = root.get(table.sheetName());
        if (node == null) {
            throw new FileRejectedException(FileError.MISSING_SHEET, fileName,
                    "缺少「" + table.sheetName() + "」", "'" + table.sheetName() + "' is missing");
        }
        return node;
    }

    private static RawRow row(InputTable table, int rowNo, JsonNode object)
    {
        RowValues.Columns columns = COLUMNS.get(table);
        String[] known = new String[columns.size()];
        Map<String, String> unknown = null;
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            String text;
            if (value.isNull() || value.isMissingNode()) {
                continue;
            }
            else if (value.isNumber()) {
                text = Values.plainNumber(value.decimalValue());
            }
            else if (value.isValueNode()) {
                text = Headers.clean(value.asText());
            }
            else {
                text = value.toString();
            }
            if (text.isEmpty()) {
                continue;
            }
            Optional<String> header = Headers.canonical(table, field.getKey());
            if (header.isPresent()) {
                known[columns.position(header.get())] = text;
            }
            else {
                // Keys the table does not have are kept for the quarantine's raw row; rows with none share the table's headers.
                unknown = unknown == null ? new HashMap<>() : unknown;
                unknown.put(Headers.clean(field.getKey()), text);
            }
        }
        if (unknown == null) {
            return new RawRow(rowNo, columns.row(known));
        }
        Map<String, String> values = new HashMap<>(unknown);
        for (int i = 0; i < known.length; i++) {
            if (known[i] != null) {
                values.put(table.headers().get(i), known[i]);
            }
        }
        return new RawRow(rowNo, values);
    }
}
