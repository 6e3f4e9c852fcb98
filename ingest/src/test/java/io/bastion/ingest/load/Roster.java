package io.bastion.ingest.load;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import static io.bastion.ingest.load.TinyPark.ALPHA;

/**
 * B001's March submission with a roster of 13 members (党员人数 13), as the three sheets of a
 * secretary's workbook, cell by cell, and the writers that save it the way Excel, WPS and their
 * exports do: typed cells, merged title rows, CSV in UTF-16 or with tabs. The id numbers' check
 * digits were computed with an independent script (python3, GB 11643 weights 7,9,10,5,8,4,2,1,6,3,
 * 7,9,10,5,8,4,2 and "10X98765432"), not by the code under test; the fourth ends in X.
 */
final class Roster
{
    static final String MONTH = "2025-03";
    static final List<String> ID_NUMBERS = List.of(
            "320501198001151017", "320501198102231120", "320501198203041238", "32050119830412135X", "320501198405201455",
            "320501198506281562", "320501198607061673", "320501198708141787", "320501198809221890", "320501198910301916",
            "320501199011082021", "320501199112162135", "320501199201242241");
    static final String PEOPLE = "人员信息";
    static final String ORGANIZATION = "组织信息";
    static final String LIFE = "组织生活";
    private static final List<String> EDUCATIONS = List.of("研究生", "大学本科", "大学专科", "高中");
    private static final List<String> JOBS = List.of("一线职工", "专业技术人员", "经营管理人员");
    private static final List<Integer> MOBILE = List.of(1, 4, 8);
    private static final List<Integer> MANAGED = List.of(1, 4);

    private Roster() {}

    /** The submission as the template has it: every cell text, the header in row 1, dates ISO, 是/否. */
    static Sheets canonical(String submittedOn)
    {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(ORGANIZATION, TinyPark.cells(TinyPark.ORGANIZATION_HEADER, List.of(
                "B001," + MONTH + "," + submittedOn + ",甲科技党支部,党支部,P001,非公企业,2020-06-01,,孙书记,2023-06-01,单独组建," + ALPHA + ",13,1,6")));
        List<String> people = new ArrayList<>();
        for (int k = 0; k < ID_NUMBERS.size(); k++) {
            people.add(person(k));
        }
        sheets.put(PEOPLE, TinyPark.cells(TinyPark.PEOPLE_HEADER, people));
        sheets.put(LIFE, TinyPark.cells(TinyPark.LIFE_HEADER, List.of(
                MONTH + "-15,主题党日,参观学习,13,12",
                MONTH + "-20,党课,学习党章,13,13")));
        return new Sheets(sheets);
    }

    /** Member k: eleven 正式党员 admitted through the pipeline, then two 预备党员; three mobile, two of them managed; every other one a backbone. */
    private static String person(int k)
    {
        String id = ID_NUMBERS.get(k);
        LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
        boolean full = k < 11;
        LocalDate applied = full ? birth.plusYears(22) : LocalDate.of(2022, 9, 1);
        LocalDate activist = applied.plusMonths(6);
        LocalDate candidate = activist.plusYears(1);
        LocalDate joined = candidate.plusMonths(6);
        String fullOn = full ? joined.plusYears(1).toString() : "";
        return String.join(",", "M%04d".formatted(1001 + k), "成员" + (k + 1), id, k % 2 == 0 ? "男" : "女", "汉族", birth.toString(),
                EDUCATIONS.get(k % EDUCATIONS.size()), ALPHA, JOBS.get(k % JOBS.size()), full ? "正式党员" : "预备党员",
                applied.toString(), activist.toString(), candidate.toString(), joined.toString(), fullOn,
                yesNo(MOBILE.contains(k)), yesNo(MANAGED.contains(k)), yesNo(k % 2 == 0), "");
    }

    private static String yesNo(boolean value)
    {
        return value ? "是" : "否";
    }

    /** A title above a table's header, merged across its columns as Excel's 合并后居中 does. */
    record Title(String text) {}

    /** The sheets of a submission in order, each a list of rows of cells (String, Number, Boolean, LocalDate, LocalDateTime or Title). */
    record Sheets(Map<String, List<List<Object>>> sheets)
    {
        Sheets
        {
            sheets = copy(sheets);
        }

        /** The same sheets with every data cell of one column replaced (blank cells are the empty string). */
        Sheets column(String sheet, String header, Function<Object, Object> spelling)
        {
            return rows(sheet, (rowNo, row) -> {
                int column = headerRow(sheet).indexOf(header);
                if (rowNo == 0) {
                    return row;
                }
                List<Object> changed = new ArrayList<>(row);
                changed.set(column, spelling.apply(row.get(column)));
                return changed;
            });
        }

        /** The same sheets with one data row (1 = the first under the header) of one column replaced. */
        Sheets cell(String sheet, int dataRow, String header, Object value)
        {
            return rows(sheet, (rowNo, row) -> {
                if (rowNo != dataRow) {
                    return row;
                }
                List<Object> changed = new ArrayList<>(row);
                changed.set(headerRow(sheet).indexOf(header), value);
                return changed;
            });
        }

        /** Every column's data cells spelled otherwise, for the columns whose header passes the test. */
        Sheets columns(String sheet, Predicate<String> headers, Function<Object, Object> spelling)
        {
            Sheets result = this;
            for (Object header : headerRow(sheet)) {
                if (headers.test(header.toString())) {
                    result = result.column(sheet, header.toString(), spelling);
                }
            }
            return result;
        }

        /** The same sheets with a header written otherwise. */
        Sheets header(String sheet, String header, String spelled)
        {
            return rows(sheet, (rowNo, row) -> {
                if (rowNo != 0) {
                    return row;
                }
                List<Object> changed = new ArrayList<>(row);
                changed.set(row.indexOf(header), spelled);
                return changed;
            });
        }

        /** The same sheets with a title row above each header. */
        Sheets titled(UnaryOperator<String> title)
        {
            Map<String, List<List<Object>>> titled = new LinkedHashMap<>();
            sheets.forEach((name, rows) -> {
                List<List<Object>> withTitle = new ArrayList<>();
                withTitle.add(List.of(new Title(title.apply(name))));
                withTitle.addAll(rows);
                titled.put(name, withTitle);
            });
            return new Sheets(titled);
        }

        /** The same sheets, one of them renamed. */
        Sheets renamed(String sheet, String name)
        {
            Map<String, List<List<Object>>> renamed = new LinkedHashMap<>();
            sheets.forEach((key, rows) -> renamed.put(key.equals(sheet) ? name : key, rows));
            return new Sheets(renamed);
        }

        List<Object> headerRow(String sheet)
        {
            return sheets.get(sheet).stream().filter(row -> !(row.get(0) instanceof Title)).findFirst().orElseThrow();
        }

        private Sheets rows(String sheet, RowChange change)
        {
            Map<String, List<List<Object>>> changed = copy(sheets);
            List<List<Object>> rows = new ArrayList<>();
            List<List<Object>> original = sheets.get(sheet);
            int offset = original.get(0).get(0) instanceof Title ? 1 : 0;
            for (int i = 0; i < original.size(); i++) {
                rows.add(i < offset ? original.get(i) : change.apply(i - offset, original.get(i)));
            }
            changed.put(sheet, rows);
            return new Sheets(changed);
        }

        private static Map<String, List<List<Object>>> copy(Map<String, List<List<Object>>> sheets)
        {
            Map<String, List<List<Object>>> copy = new LinkedHashMap<>();
            sheets.forEach((name, rows) -> copy.put(name, rows.stream().map(row -> (List<Object>) new ArrayList<>(row)).toList()));
            return copy;
        }

        private interface RowChange
        {
            List<Object> apply(int rowNo, List<Object> row);
        }
    }

    /**
     * Writes the sheets as an .xlsx with FastExcel, each cell of its own type: text, number,
     * boolean, a date cell (yyyy-mm-dd) or date-time cell (yyyy-mm-dd hh:mm); a title merged
     * across the columns of the header below it.
     */
    static Path xlsx(Path file, Sheets sheets)
    {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                Workbook workbook = new Workbook(out, "Roster", "1.0");
                for (Map.Entry<String, List<List<Object>>> sheet : sheets.sheets().entrySet()) {
                    Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
                    List<List<Object>> rows = sheet.getValue();
                    int width = rows.stream().mapToInt(List::size).max().orElse(1);
                    for (int r = 0; r < rows.size(); r++) {
                        for (int c = 0; c < rows.get(r).size(); c++) {
                            Object value = rows.get(r).get(c);
                            if (value instanceof Title title) {
                                worksheet.value(r, c, title.text());
                                worksheet.range(r, 0, r, width - 1).merge();
                            }
                            else {
                                cell(worksheet, r, c, value);
                            }
                        }
                    }
                }
                workbook.finish();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void cell(Worksheet worksheet, int row, int column, Object value)
    {
        if (value instanceof LocalDate date) {
            worksheet.value(row, column, date);
            worksheet.style(row, column).format("yyyy-mm-dd").set();
        }
        else if (value instanceof LocalDateTime dateTime) {
            worksheet.value(row, column, dateTime);
            worksheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
        }
        else if (value instanceof Number number) {
            worksheet.value(row, column, number);
        }
        else if (value instanceof Boolean bool) {
            worksheet.value(row, column, bool);
        }
        else if (!value.toString().isEmpty()) {
            worksheet.value(row, column, value.toString());
        }
    }

    /** How a spreadsheet saves a sheet as text. */
    record TextExport(Charset charset, boolean byteOrderMark, char delimiter, String extension)
    {
        /** Writes each sheet as {@code {base}_{sheet}.{extension}}; values with the delimiter, quotes or line breaks are quoted. */
        void write(Path folder, String base, Sheets sheets)
        {
            sheets.sheets().forEach((name, rows) -> {
                StringBuilder text = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
                for (List<Object> row : rows) {
                    List<String> cells = row.stream().map(this::text).toList();
                    text.append(String.join(String.valueOf(delimiter), cells)).append("\r\n");
                }
                try {
                    Files.createDirectories(folder);
                    Files.write(folder.resolve(base + "_" + name.strip() + "." + extension), text.toString().getBytes(charset));
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        private String text(Object value)
        {
            String text = value instanceof Title title ? title.text() : value instanceof Boolean bool ? (bool ? "TRUE" : "FALSE") : value.toString();
            if (text.indexOf(delimiter) >= 0 || text.contains("\"") || text.contains("\n")) {
                return "\"" + text.replace("\"", "\"\"") + "\"";
            }
            return text;
        }
    }
}
