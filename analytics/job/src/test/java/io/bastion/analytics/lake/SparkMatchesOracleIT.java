package io.bastion.analytics.lake;

import io.bastion.analytics.MartComparison;
import io.bastion.analytics.SimulatedPark;
import io.bastion.analytics.job.Marts;
import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of the analysis, on the scale-1 simulated park, run through the real runner (export, child process,
 * load), as a park lives it: 35 months ingested and analysed; then the 36th month's files together with a branch's
 * corrected resend of an earlier month (2026-08, signed off later, one member's 业务骨干 changed) ingested and analysed
 * incrementally — in that month a branch also reports, for the first time, a member who joined in June 2025, which changes
 * the year-to-date count of new members a year before the resend; then nothing new. After both analyses, every mart holds exactly the rows of the independent SQL oracle
 * views {@code oracle_X} over what the warehouse then holds, and none of them is empty. The second run recomputed only
 * the months from the resend's on and kept the earlier months' rows; the third is recorded as unchanged.
 */
class SparkMatchesOracleIT
{
    private static final String LAST_MONTH = "2026-10";
    private static final String RESENT = "P01B0002_2026-08.json";
    private static final String LATE_REPORTED = "P01B0002_2026-10.json";

    @TempDir
    static Path temp;
    private static Warehouse warehouse;
    private static AnalysisOutcome first;
    private static List<String> firstDifferences;
    private static AnalysisOutcome second;
    private static AnalysisOutcome third;
    private static OptionalLong preparedDriver;
    private static OptionalLong firstDriver;
    private static OptionalLong secondDriver;
    private static boolean driverStoppedOnClose;

    @BeforeAll
    static void analyseTheScaleOneParkMonthByMonth()
            throws IOException, SQLException
    {
        Path park = SimulatedPark.generate(temp, 1, 36);
        Path nextMonth = holdBackTheLastMonth(park, temp.resolve("next-month"));
        resendCorrected(park.resolve("branches").resolve("2026-08").resolve(RESENT), nextMonth.resolve("resent").resolve(RESENT));
        addAMemberReportedLate(nextMonth.resolve("branches").resolve(LAST_MONTH).resolve(LATE_REPORTED));
        warehouse = Warehouse.open(temp.resolve("warehouse.duckdb"));
        try (AnalysisRunner runner = new AnalysisRunner(AnalysisRunnerSettings.defaults(temp.resolve("lake"),
                Path.of(System.getProperty("bastion.spark.home")), Path.of(System.getProperty("bastion.job.jar"))))) {
            // as the server does when an ingestion starts: the driver starts while the park is ingested
            runner.prepareDriver();
            SimulatedPark.ingest(warehouse, temp, park);
            preparedDriver = runner.keptDriverPid();
            first = runner.run(warehouse, Trigger.CLI);
            firstDriver = runner.keptDriverPid();
            firstDifferences = differencesFromTheOracle();
            SimulatedPark.ingest(warehouse, temp, nextMonth);
            second = runner.run(warehouse, Trigger.AFTER_INGEST);
            secondDriver = runner.keptDriverPid();
            third = runner.run(warehouse, Trigger.SCHEDULE);
            runner.close();
            driverStoppedOnClose = runner.keptDriverPid().isEmpty()
                    && firstDriver.stream().mapToObj(ProcessHandle::of).flatMap(Optional::stream).noneMatch(ProcessHandle::isAlive);
        }
    }

    @AfterAll
    static void close()
    {
        warehouse.close();
    }

    @Test
    void theFirstAnalysisOfThirtyFiveMonthsHoldsTheOracleRows()
    {
        assertThat(first.status()).as("first run: %s", first.message().orElse("")).isEqualTo(RunStatus.DONE);
        assertThat(firstDifferences).as("%d marts differ from the oracle after 35 months:%n%s", firstDifferences.size(), String.join("\n", firstDifferences))
                .isEmpty();
    }

    @Test
    void theIncrementalAnalysisOfTheNextMonthHoldsTheOracleRows()
            throws SQLException
    {
        assertThat(second.status()).as("second run: %s", second.message().orElse("")).isEqualTo(RunStatus.DONE);
        List<String> differences = differencesFromTheOracle();
        assertThat(differences).as("%d marts differ from the oracle after the incremental run:%n%s", differences.size(), String.join("\n", differences))
                .isEmpty();
        // A mart empty on both sides equals its oracle and proves nothing: the scale-1 park gives every mart rows.
        try (Connection connection = warehouse.connect()) {
            List<String> empty = new ArrayList<>();
            for (String mart : MartLoad.martTables(connection)) {
                if (count(connection, "SELECT count(*) FROM " + mart) == 0) {
                    empty.add(mart);
                }
            }
            assertThat(empty).as("指标表为空 / marts without rows").isEmpty();
        }
    }

    @Test
    void theIncrementalAnalysisRanOnTheFirstOnesKeptDriverWhichStopsWithTheRunner()
    {
        assertThat(preparedDriver).as("a driver started while the park was ingested").isPresent();
        assertThat(firstDriver).as("the first analysis ran on the driver started ahead, and it is kept").isEqualTo(preparedDriver);
        assertThat(secondDriver).as("the second analysis runs on the same, warm driver").isEqualTo(firstDriver);
        assertThat(driverStoppedOnClose).as("closing the runner stops its driver").isTrue();
    }

    @Test
    void theIncrementalAnalysisRecomputedFromTheResentMonthAndKeptTheMonthsBefore()
            throws SQLException
    {
        try (Connection connection = warehouse.connect()) {
            // the member reported late is a 预备党员 of 2025-06 in the warehouse
            assertThat(count(connection, "SELECT count(*) FROM fact_admission_event JOIN restricted.person_identity USING (person_key)"
                    + " WHERE person_no = 'RY009999001' AND stage = '预备党员' AND event_date = DATE '2025-06-16'")).isOne();
            assertThat(count(connection, "SELECT from_month FROM analysis_run WHERE analysis_id = " + first.analysisId())).isZero();
            assertThat(count(connection, "SELECT from_month FROM analysis_run WHERE analysis_id = " + second.analysisId())).isEqualTo(202608);
            // the months before 2026-08 are the first run's rows, the later ones the second's
            assertThat(count(connection, "SELECT count(DISTINCT analysis_id) FROM mart_membership WHERE month_key < 202608")).isOne();
            assertThat(count(connection, "SELECT min(analysis_id) FROM mart_membership WHERE month_key < 202608")).isEqualTo(first.analysisId());
            assertThat(count(connection, "SELECT count(*) FROM mart_membership WHERE month_key >= 202608 AND analysis_id <> " + second.analysisId()))
                    .isZero();
            assertThat(count(connection, "SELECT count(*) FROM mart_life_compliance WHERE quarter = '2026Q2' AND analysis_id = " + first.analysisId()))
                    .isPositive();
            assertThat(count(connection, "SELECT count(*) FROM mart_life_compliance WHERE quarter = '2026Q3' AND analysis_id = " + second.analysisId()))
                    .isPositive();
        }
    }

    @Test
    void eachMartIsReplacedMonthByMonthOrWholeAsTheJobWritesIt()
            throws SQLException
    {
        try (Connection connection = warehouse.connect()) {
            List<String> marts = MartLoad.martTables(connection);
            assertThat(MartMonths.BY_MART.keySet()).as("marts the load replaces month by month").doesNotContainAnyElementsOf(Marts.WRITTEN_WHOLE);
            List<String> both = new ArrayList<>(MartMonths.BY_MART.keySet());
            both.addAll(Marts.WRITTEN_WHOLE);
            assertThat(both).as("marts replaced month by month or written whole").containsExactlyInAnyOrderElementsOf(marts);
        }
    }

    @Test
    void aThirdRunWithNothingNewIsUnchanged()
    {
        assertThat(third.status()).as("third run: %s", third.message().orElse("")).isEqualTo(RunStatus.UNCHANGED);
        assertThat(third.analysisId()).isEqualTo(second.analysisId() + 1);
    }

    private static List<String> differencesFromTheOracle()
            throws SQLException
    {
        try (Connection connection = warehouse.connect()) {
            return MartComparison.differencesFromTheOracle(connection);
        }
    }

    /** Moves every file of the park's last month (branch submissions, liaison log, registry) into {@code nextMonth}. */
    private static Path holdBackTheLastMonth(Path park, Path nextMonth)
            throws IOException
    {
        List<Path> files;
        try (Stream<Path> all = Files.walk(park)) {
            files = all.filter(Files::isRegularFile).filter(file -> file.toString().contains(LAST_MONTH)).toList();
        }
        assertThat(files).as("files of " + LAST_MONTH).hasSizeGreaterThan(100);
        for (Path file : files) {
            Path target = nextMonth.resolve(park.relativize(file));
            Files.createDirectories(target.getParent());
            Files.move(file, target);
        }
        return nextMonth;
    }

    /** The branch's resend: signed off on 2026-09-20 instead of 2026-09-02 (so late), its first 业务骨干 否 now 是. */
    private static void resendCorrected(Path original, Path resend)
            throws IOException
    {
        String text = Files.readString(original, StandardCharsets.UTF_8);
        String corrected = replaceFirst(replaceFirst(text, "\"报送日期\"\\s*:\\s*\"2026-09-02\"", "\"报送日期\": \"2026-09-20\""),
                "\"业务骨干\"\\s*:\\s*\"否\"", "\"业务骨干\": \"是\"");
        Files.createDirectories(resend.getParent());
        Files.writeString(resend, corrected, StandardCharsets.UTF_8);
    }

    /**
     * A member first reported in 2026-10 who became a 预备党员 on 2025-06-16 (transferred in, say): the new-member counts of
     * June to December 2025, a year before the months the incremental run recomputes, must show her. Her id number's
     * check digit is GB 11643's, computed by HandCodes' script.
     */
    private static void addAMemberReportedLate(Path submission)
            throws IOException
    {
        String text = Files.readString(submission, StandardCharsets.UTF_8);
        Matcher unit = Pattern.compile("\"工作单位\"\\s*:\\s*\"([0-9A-Z]{18})\"").matcher(text);
        assertThat(unit.find()).as("a 工作单位 in %s", submission).isTrue();
        String member = """
                {"人员编号": "RY009999001", "姓名": "周晓岚", "公民身份号码": "320502199503145128", "性别": "女", "民族": "汉族",
                 "出生日期": "1995-03-14", "学历": "大学本科", "工作单位": "%s", "岗位类别": "专业技术人员", "身份": "预备党员",
                 "申请入党日期": "2023-04-10", "确定积极分子日期": "2023-10-12", "确定发展对象日期": "2024-11-20", "入党日期": "2025-06-16",
                 "转正日期": "", "流动党员": "否", "纳入管理": "否", "业务骨干": "否", "减少原因": ""},
                """.formatted(unit.group(1));
        Files.writeString(submission, replaceFirst(text, "\"人员信息\"\\s*:\\s*\\[", Matcher.quoteReplacement("\"人员信息\" : [" + member)),
                StandardCharsets.UTF_8);
    }

    private static String replaceFirst(String text, String pattern, String replacement)
    {
        String replaced = text.replaceFirst(pattern, replacement);
        assertThat(replaced).as("%s in the generated submission", pattern).isNotEqualTo(text);
        return replaced;
    }

    private static long count(Connection connection, String sql)
            throws SQLException
    {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
