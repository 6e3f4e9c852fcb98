package io.bastion.dashboard.trace;

import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static io.bastion.sql.generated.default_schema.Tables.ARCHIVED_FILE;
import static io.bastion.sql.generated.default_schema.Tables.FACT_SUBMISSION;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.val;

/** Runs a figure's SQL with its bind values, and reads the archived files a trace links to. No jOOQ or JDBC type leaves it. */
@Component
final class TraceQueries
{
    private final Warehouse warehouse;

    TraceQueries(Warehouse warehouse)
    {
        this.warehouse = warehouse;
    }

    /** What a figure's SQL is bound to: the month, the scope and the argument's parts ($5 to $8, absent ones NULL). */
    record Binding(int monthKey, String scopeKind, String scopeCode, Optional<String> organizations, List<Optional<String>> argument)
    {
        Binding
        {
            argument = List.copyOf(argument);
        }
    }

    /** The figure's rows, each result column by its name: dates as LocalDate, timestamps as LocalDateTime. */
    List<Map<String, Object>> rows(Figure figure, Binding binding)
    {
        try (DuckDBConnection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(figure.sql())) {
            statement.setInt(1, binding.monthKey());
            statement.setString(2, binding.scopeKind());
            statement.setString(3, binding.scopeCode());
            setOptional(statement, 4, binding.organizations());
            for (int part = 0; part < TraceRequest.ARGUMENT_PARTS; part++) {
                setOptional(statement, 5 + part, part < binding.argument().size() ? binding.argument().get(part) : Optional.empty());
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int column = 1; column <= columns; column++) {
                        row.put(result.getMetaData().getColumnLabel(column), value(result.getObject(column)));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("trace " + figure.id(), e);
        }
    }

    /** One archived file as the files page shows it. */
    record ArchivedFile(long fileId, String name, Optional<String> kind, LocalDateTime receivedAt, String sha256, String outcome, long sizeBytes,
            int rowsRead, int rowsLoaded, int rowsRejected, Optional<String> errorChinese, Optional<String> errorEnglish)
    {
    }

    /** A branch submission's dates, matched to its files by organization, month and the time they arrived. */
    record Submission(int monthKey, LocalDateTime receivedAt, LocalDate submittedOn, boolean current)
    {
    }

    Optional<ArchivedFile> file(long fileId)
    {
        return read(dsl -> dsl.selectFrom(ARCHIVED_FILE).where(ARCHIVED_FILE.FILE_ID.eq(fileId)).fetchOptional(TraceQueries::archivedFile));
    }

    /** Every file whose name says it is this organization's submission ({@code CODE_YYYY-MM…}), refused ones too. */
    List<ArchivedFile> organizationFiles(String orgCode)
    {
        return read(dsl -> dsl.selectFrom(ARCHIVED_FILE)
                .where(condition("starts_with({0}, {1})", ARCHIVED_FILE.ORIGINAL_NAME, val(orgCode + "_")))
                .orderBy(ARCHIVED_FILE.ORIGINAL_NAME.desc(), ARCHIVED_FILE.RECEIVED_AT.desc())
                .fetch(TraceQueries::archivedFile));
    }

    /** Every file of one committee feed kind (企业名录, 分类定级, …). */
    List<ArchivedFile> feedFiles(String fileKind)
    {
        return read(dsl -> dsl.selectFrom(ARCHIVED_FILE)
                .where(ARCHIVED_FILE.FILE_KIND.eq(fileKind))
                .orderBy(ARCHIVED_FILE.ORIGINAL_NAME.desc(), ARCHIVED_FILE.RECEIVED_AT.desc())
                .fetch(TraceQueries::archivedFile));
    }

    /** The organization's submissions (current and superseded), by month and arrival. */
    List<Submission> submissions(String orgCode)
    {
        return read(dsl -> dsl.select(FACT_SUBMISSION.MONTH_KEY, FACT_SUBMISSION.RECEIVED_AT, FACT_SUBMISSION.SUBMITTED_ON, FACT_SUBMISSION.IS_CURRENT)
                .from(FACT_SUBMISSION)
                .where(FACT_SUBMISSION.ORG_CODE.eq(orgCode))
                .fetch(row -> new Submission(row.value1(), row.value2(), row.value3(), row.value4())));
    }

    private static ArchivedFile archivedFile(io.bastion.sql.generated.default_schema.tables.records.ArchivedFileRecord file)
    {
        return new ArchivedFile(file.getFileId(), file.getOriginalName(), Optional.ofNullable(file.getFileKind()), file.getReceivedAt(),
                file.getSha256(), file.getOutcome(), file.getSizeBytes(), file.getRowsRead(), file.getRowsLoaded(), file.getRowsRejected(),
                Optional.ofNullable(file.getErrorZh()), Optional.ofNullable(file.getErrorEn()));
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<String> value)
            throws SQLException
    {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        }
        else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    private static Object value(Object value)
    {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.doubleValue();
        }
        return value;
    }

    private <T> T read(Function<DSLContext, T> query)
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            return query.apply(Warehouse.dsl(connection));
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("trace files", e);
        }
    }
}
