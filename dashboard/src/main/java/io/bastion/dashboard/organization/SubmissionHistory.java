package io.bastion.dashboard.organization;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.Labels;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.bastion.sql.generated.default_schema.Tables.ARCHIVED_FILE;
import static io.bastion.sql.generated.default_schema.Tables.DIM_ORGANIZATION;
import static io.bastion.sql.generated.default_schema.Tables.FACT_SUBMISSION;

/**
 * An organization's submissions month by month (fact_submission with its archived file): every version received, the
 * current one first, and a line for each month it was due and nothing came — what the organization page and 我的支部 show.
 */
@Component
public final class SubmissionHistory
{
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Warehouse warehouse;
    private final Labels labels;

    SubmissionHistory(Warehouse warehouse, Labels labels)
    {
        this.warehouse = warehouse;
        this.labels = labels;
    }

    /** One received version of a submission. */
    public record Submission(long submissionId, int monthKey, LocalDate submittedOn, LocalDateTime receivedAt, boolean onTime, boolean current,
            String fileName, String sha256, int peopleRows, int lifeRows, long runId)
    {
        /** Days after the deadline (the 5th of the next month) it was signed off; 0 or less when on time. */
        public long daysLate()
        {
            return ChronoUnit.DAYS.between(deadline(new Month(monthKey)), submittedOn);
        }
    }

    /** The 5th of the month after M: the report deadline (dim_month.report_deadline). */
    public static LocalDate deadline(Month month)
    {
        return month.lastDay().plusDays(5);
    }

    /** Every received version of the organizations' submissions up to the month, newest month first, the current one first. */
    public List<Submission> submissions(String orgCode, Month last)
    {
        return read(dsl -> dsl.select(FACT_SUBMISSION.SUBMISSION_ID, FACT_SUBMISSION.MONTH_KEY, FACT_SUBMISSION.SUBMITTED_ON,
                        FACT_SUBMISSION.RECEIVED_AT, FACT_SUBMISSION.ON_TIME, FACT_SUBMISSION.IS_CURRENT, ARCHIVED_FILE.ORIGINAL_NAME,
                        ARCHIVED_FILE.SHA256, FACT_SUBMISSION.PEOPLE_ROWS, FACT_SUBMISSION.LIFE_ROWS, FACT_SUBMISSION.RUN_ID)
                .from(FACT_SUBMISSION)
                .join(ARCHIVED_FILE).on(ARCHIVED_FILE.FILE_ID.eq(FACT_SUBMISSION.FILE_ID))
                .where(FACT_SUBMISSION.ORG_CODE.eq(orgCode), FACT_SUBMISSION.MONTH_KEY.le(last.key()))
                .orderBy(FACT_SUBMISSION.MONTH_KEY.desc(), FACT_SUBMISSION.IS_CURRENT.desc(), FACT_SUBMISSION.RECEIVED_AT.desc())
                .fetch(row -> new Submission(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(), row.value7(),
                        row.value8(), row.value9(), row.value10(), row.value11())));
    }

    /** The newest month any submission of the organization reports, if any. */
    public Optional<Month> latestMonth(String orgCode)
    {
        return read(dsl -> dsl.select(org.jooq.impl.DSL.max(FACT_SUBMISSION.MONTH_KEY))
                .from(FACT_SUBMISSION)
                .where(FACT_SUBMISSION.ORG_CODE.eq(orgCode))
                .fetchOptional(0, Integer.class))
                .map(Month::new);
    }

    /** Whether the organization is active at the end of the month (its version then is established and not dissolved). */
    private record Version(int from, int to, LocalDate establishedOn, Optional<LocalDate> dissolvedOn)
    {
        boolean activeAt(Month month)
        {
            LocalDate end = month.lastDay();
            return from <= month.key() && month.key() <= to && !establishedOn.isAfter(end) && dissolvedOn.map(end::isBefore).orElse(true);
        }
    }

    private List<Version> versions(String orgCode)
    {
        return read(dsl -> dsl.select(DIM_ORGANIZATION.VALID_FROM_MONTH, DIM_ORGANIZATION.VALID_TO_MONTH, DIM_ORGANIZATION.ESTABLISHED_ON,
                        DIM_ORGANIZATION.DISSOLVED_ON)
                .from(DIM_ORGANIZATION)
                .where(DIM_ORGANIZATION.ORG_CODE.eq(orgCode))
                .fetch(row -> new Version(row.value1(), row.value2(), row.value3(), Optional.ofNullable(row.value4()))));
    }

    /**
     * The table {@code submissions}: for each of the months (newest first) every version received, and a 未报送 line when
     * the organization was active that month and no current submission came.
     */
    public DataTable table(String orgCode, List<Month> months)
    {
        DataTable.Builder table = DataTable.builder("submissions", labels.get("submissions.title"))
                .column("month", labels.get("submissions.month"), DataTable.Kind.MONTH)
                .column("version", labels.get("submissions.version"), DataTable.Kind.TEXT)
                .column("timeliness", labels.get("submissions.timeliness"), DataTable.Kind.TEXT)
                .column("submittedOn", labels.get("submissions.submittedOn"), DataTable.Kind.DATE)
                .column("deadline", labels.get("submissions.deadline"), DataTable.Kind.DATE)
                .column("receivedAt", labels.get("submissions.receivedAt"), DataTable.Kind.TEXT)
                .column("fileName", labels.get("submissions.fileName"), DataTable.Kind.TEXT)
                .column("peopleRows", labels.get("submissions.peopleRows"), DataTable.Kind.COUNT)
                .column("lifeRows", labels.get("submissions.lifeRows"), DataTable.Kind.COUNT)
                .column("sha256", labels.get("submissions.sha256"), DataTable.Kind.TEXT)
                .emptyReason(labels.get("submissions.empty"));
        if (months.isEmpty()) {
            return table.build();
        }
        Month last = months.stream().max(Comparator.comparingInt(Month::key)).orElseThrow();
        Map<Integer, List<Submission>> byMonth = submissions(orgCode, last).stream()
                .collect(Collectors.groupingBy(Submission::monthKey, Collectors.toList()));
        List<Version> versions = versions(orgCode);
        List<Month> newestFirst = new ArrayList<>(months);
        newestFirst.sort(Comparator.comparingInt(Month::key).reversed());
        for (Month month : newestFirst) {
            List<Submission> received = byMonth.getOrDefault(month.key(), List.of());
            boolean active = versions.stream().anyMatch(version -> version.activeAt(month));
            if (active && received.stream().noneMatch(Submission::current)) {
                table.row(month.iso(), labels.get("submissions.missing"), labels.get("submissions.notReceived"), null, deadline(month), null, null,
                        null, null, null);
            }
            for (Submission submission : received) {
                table.row(month.iso(), labels.get(submission.current() ? "submissions.current" : "submissions.superseded"), timeliness(submission),
                        submission.submittedOn(), deadline(month), WHEN.format(submission.receivedAt()), submission.fileName(), submission.peopleRows(),
                        submission.lifeRows(), submission.sha256());
            }
        }
        return table.build();
    }

    /** 按时, or 迟报 N 天 (judged on 报送日期 against the 5th of the next month). */
    public String timeliness(Submission submission)
    {
        return submission.onTime() ? labels.get("submissions.onTime") : labels.get("submissions.late", submission.daysLate());
    }

    private <T> T read(Function<DSLContext, T> query)
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            return query.apply(Warehouse.dsl(connection));
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("submission history", e);
        }
    }
}
