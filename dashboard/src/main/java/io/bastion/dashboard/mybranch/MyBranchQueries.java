package io.bastion.dashboard.mybranch;

import io.bastion.dashboard.scope.Month;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static io.bastion.sql.generated.default_schema.Tables.ARCHIVED_FILE;
import static io.bastion.sql.generated.default_schema.Tables.FACT_SUBMISSION;
import static io.bastion.sql.generated.default_schema.Tables.QUARANTINE;
import static org.jooq.impl.DSL.splitPart;
import static org.jooq.impl.DSL.trueCondition;

/**
 * What a branch secretary must act on: their refused files and their problem rows (quarantine lines of files whose names
 * start with one of their organization codes). The quarantine's raw_row — the whole received row, other people's
 * personal data — is never selected here.
 */
@Component
final class MyBranchQueries
{
    private static final String REJECTED = "REJECTED";

    private final Warehouse warehouse;

    MyBranchQueries(Warehouse warehouse)
    {
        this.warehouse = warehouse;
    }

    /** The organization code a branch file's name starts with: {@code P01B0007_2025-03.xlsx} → {@code P01B0007}. */
    private static Field<String> namedOrganization()
    {
        return splitPart(ARCHIVED_FILE.ORIGINAL_NAME, "_", 1);
    }

    /** A refused file, with why in Chinese and English. */
    record RefusedFile(long fileId, String fileName, String orgCode, LocalDateTime receivedAt, long runId, Optional<String> errorCode,
            Optional<String> chinese, Optional<String> english)
    {
    }

    List<RefusedFile> refusedFiles(Collection<String> orgCodes)
    {
        return read(dsl -> dsl.select(ARCHIVED_FILE.FILE_ID, ARCHIVED_FILE.ORIGINAL_NAME, namedOrganization(), ARCHIVED_FILE.RECEIVED_AT,
                        ARCHIVED_FILE.RUN_ID, ARCHIVED_FILE.ERROR_CODE, ARCHIVED_FILE.ERROR_ZH, ARCHIVED_FILE.ERROR_EN)
                .from(ARCHIVED_FILE)
                .where(ARCHIVED_FILE.OUTCOME.eq(REJECTED), namedOrganization().in(orgCodes))
                .orderBy(ARCHIVED_FILE.RECEIVED_AT.desc(), ARCHIVED_FILE.FILE_ID.desc())
                .fetch(row -> new RefusedFile(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), Optional.ofNullable(row.value6()),
                        Optional.ofNullable(row.value7()), Optional.ofNullable(row.value8()))));
    }

    /** One rule one row broke: where (file, sheet, row, column), the rule, the value and the message; never the raw row. */
    record ProblemRow(long fileId, String fileName, String orgCode, String fileOutcome, LocalDateTime receivedAt, long runId, String tableName,
            int rowNo, Optional<String> columnName, String rule, Optional<String> value, String chinese, String english)
    {
        /** Columns whose value is personal data: the secretary is told where to look, not shown the id number or name again. */
        private static final java.util.Set<String> PERSONAL = java.util.Set.of("公民身份号码", "姓名", "书记");

        ProblemRow
        {
            if (columnName.isPresent() && PERSONAL.contains(columnName.get()) && value.isPresent() && !value.get().isBlank()) {
                String shown = mask(value.get());
                chinese = chinese.replace(value.get(), shown);
                english = english.replace(value.get(), shown);
                value = Optional.of(shown);
            }
        }

        /** {@code 320505198308193543} → {@code 3205**********3543}; a short value keeps only its first character. */
        static String mask(String value)
        {
            if (value.length() <= 8) {
                return value.charAt(0) + "*".repeat(value.length() - 1);
            }
            return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
        }
    }

    /** Problem rows of the organizations' files, newest file first; only those of one run when it is given. */
    List<ProblemRow> problemRows(Collection<String> orgCodes, Optional<Long> runId)
    {
        Condition run = runId.map(QUARANTINE.RUN_ID::eq).orElse(trueCondition());
        return read(dsl -> dsl.select(QUARANTINE.FILE_ID, ARCHIVED_FILE.ORIGINAL_NAME, namedOrganization(), ARCHIVED_FILE.OUTCOME,
                        ARCHIVED_FILE.RECEIVED_AT, QUARANTINE.RUN_ID, QUARANTINE.TABLE_NAME, QUARANTINE.ROW_NO, QUARANTINE.COLUMN_NAME, QUARANTINE.RULE,
                        QUARANTINE.VALUE, QUARANTINE.MESSAGE_ZH, QUARANTINE.MESSAGE_EN)
                .from(QUARANTINE)
                .join(ARCHIVED_FILE).on(ARCHIVED_FILE.FILE_ID.eq(QUARANTINE.FILE_ID))
                .where(namedOrganization().in(orgCodes), run)
                .orderBy(ARCHIVED_FILE.RECEIVED_AT.desc(), QUARANTINE.FILE_ID.desc(), QUARANTINE.TABLE_NAME, QUARANTINE.ROW_NO, QUARANTINE.COLUMN_NAME)
                .fetch(row -> new ProblemRow(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(), row.value7(),
                        row.value8(), Optional.ofNullable(row.value9()), row.value10(), Optional.ofNullable(row.value11()), row.value12(),
                        row.value13())));
    }

    /** The current submission of each of the organizations for the month: 报送日期 and whether it was on time. */
    record MonthSubmission(String orgCode, LocalDate submittedOn, boolean onTime)
    {
    }

    Map<String, MonthSubmission> currentSubmissions(Collection<String> orgCodes, Month month)
    {
        Map<String, MonthSubmission> submissions = new HashMap<>();
        read(dsl -> dsl.select(FACT_SUBMISSION.ORG_CODE, FACT_SUBMISSION.SUBMITTED_ON, FACT_SUBMISSION.ON_TIME)
                .from(FACT_SUBMISSION)
                .where(FACT_SUBMISSION.ORG_CODE.in(orgCodes), FACT_SUBMISSION.MONTH_KEY.eq(month.key()), FACT_SUBMISSION.IS_CURRENT.isTrue())
                .fetch(row -> new MonthSubmission(row.value1(), row.value2(), row.value3())))
                .forEach(submission -> submissions.put(submission.orgCode(), submission));
        return submissions;
    }

    /** When each organization-and-month (keyed {@code CODE:yyyymm}) last had a submission loaded: to tell a refused file that was resent. */
    Map<String, LocalDateTime> lastLoaded(Collection<String> orgCodes)
    {
        Map<String, LocalDateTime> loaded = new HashMap<>();
        read(dsl -> dsl.select(FACT_SUBMISSION.ORG_CODE, FACT_SUBMISSION.MONTH_KEY, org.jooq.impl.DSL.max(FACT_SUBMISSION.RECEIVED_AT))
                .from(FACT_SUBMISSION)
                .where(FACT_SUBMISSION.ORG_CODE.in(orgCodes))
                .groupBy(FACT_SUBMISSION.ORG_CODE, FACT_SUBMISSION.MONTH_KEY)
                .fetch())
                .forEach(row -> loaded.put(row.value1() + ":" + row.value2(), row.value3()));
        return loaded;
    }

    private <T> T read(Function<DSLContext, T> query)
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            return query.apply(Warehouse.dsl(connection));
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("my branch", e);
        }
    }
}
