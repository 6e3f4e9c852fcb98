package io.bastion.dashboard.reports;

import io.bastion.dashboard.reports.QuartzEvents.Kind;
import io.bastion.dashboard.scope.Month;
import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly report on Quartz's clustered JDBC job store in a real PostgreSQL: the application stopped across the
 * scheduled time and started again, and two instances started together. Quartz fires on the real clock, so the schedule
 * is a cron a few seconds from now (in Asia/Shanghai, as the report's zone) and the report clock is the real one; the
 * month owed is the one before that fire time's month, worked out here from the calendar, and the hand-built park is
 * extended to it. What Quartz did (misfired, fired, on which instance) comes from a listener on the schedulers; what
 * was produced, from the archive in the DuckDB warehouse.
 */
class ReportJobStoreTest
{
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static QuartzDatabase postgres;

    @TempDir
    Path folder;

    @BeforeAll
    static void startPostgres(@TempDir Path warmUp)
    {
        CompletableFuture<QuartzDatabase> server = CompletableFuture.supplyAsync(QuartzDatabase::start);
        // Meanwhile load what every start needs (Spring Boot, Quartz, DuckDB, the report beans), so that a test's first
        // start is as quick as its later ones and a fire time a few seconds ahead is still ahead when it is up.
        try (Warehouse warehouse = Warehouse.open(warmUp.resolve("warehouse.duckdb"));
                ReportNode node = ReportNode.start(warehouse, new QuartzEvents(), Map.of("bastion.reports.enabled", "false"))) {
            assertThat(node.reports().archive().list()).isEmpty();
        }
        postgres = server.join();
    }

    @AfterAll
    static void stopPostgres()
    {
        postgres.close();
    }

    @Test
    void aRestartAcrossTheScheduledTimeCatchesUpOnceAndAFurtherRestartAddsNone()
            throws Exception
    {
        String url = postgres.create("quartz_restart");
        Path file = folder.resolve("warehouse.duckdb");
        QuartzEvents first = new QuartzEvents();
        Instant fire;
        Map<String, String> settings;
        String firstInstance;
        try (Warehouse warehouse = Warehouse.open(file)) {
            park(warehouse);
            // Far enough ahead for the first start to be over before Quartz, with its 1 s idle wait, acquires the trigger.
            fire = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(6);
            settings = new HashMap<>(ReportNode.onJobStore(url, cronAt(fire)));
            // A trigger overdue by more than a second is a misfire (Quartz's default: a minute), and the scheduler looks
            // for triggers due within a second (default 30 s), so that stopping a few seconds before the fire time
            // leaves the trigger waiting in the store, as a long downtime does.
            settings.put("spring.quartz.properties.org.quartz.jobStore.misfireThreshold", "1000");
            settings.put("spring.quartz.properties.org.quartz.scheduler.idleWaitTime", "1000");
            try (ReportNode node = ReportNode.start(warehouse, first, settings)) {
                firstInstance = node.scheduler().getSchedulerInstanceId();
                first.awaitCatchUps(1);
                assertThat(node.reports().archive().list()).as("nothing is owed before the fire time").isEmpty();
            }
        }
        assertThat(first.of(Kind.FIRED, ReportConfiguration.CRON)).as("the cron did not fire before the stop").isEmpty();
        assertThat(trigger(url)).as("the trigger waits in PostgreSQL for its fire time").containsExactly("WAITING", fire.toEpochMilli());
        Month owed = monthBefore(fire);

        // Down across the fire time, and back more than the misfire threshold after it (opening the warehouse and
        // starting take longer than the remaining half second).
        sleepUntil(fire.plusMillis(1500));

        QuartzEvents restart = new QuartzEvents();
        try (Warehouse warehouse = Warehouse.open(file)) {
            try (ReportNode node = ReportNode.start(warehouse, restart, settings)) {
                // instanceId AUTO: host name and start time, so the restarted scheduler is another instance of the cluster
                assertThat(node.scheduler().getSchedulerInstanceId()).isNotEqualTo(firstInstance).isNotEqualTo("NON_CLUSTERED");
                restart.awaitExecuted(ReportConfiguration.CRON);
                restart.awaitCatchUps(1);
            }
            assertOneScheduledReport(warehouse, owed);
        }
        assertThat(restart.of(Kind.MISFIRED, ReportConfiguration.CRON)).as("Quartz found the missed fire").hasSize(1);
        assertThat(restart.of(Kind.FIRED, ReportConfiguration.CRON)).as("and fired it once").hasSize(1);

        QuartzEvents again = new QuartzEvents();
        try (Warehouse warehouse = Warehouse.open(file)) {
            try (ReportNode node = ReportNode.start(warehouse, again, settings)) {
                again.awaitCatchUps(1);
            }
            assertOneScheduledReport(warehouse, owed);
        }
        assertThat(again.of(Kind.MISFIRED, ReportConfiguration.CRON)).isEmpty();
        assertThat(again.of(Kind.FIRED, ReportConfiguration.CRON)).isEmpty();
        assertThat(trigger(url).get(1)).as("the trigger's next fire is a year later").isEqualTo(fire.atZone(SHANGHAI).plusYears(1).toInstant().toEpochMilli());
    }

    @Test
    void twoInstancesStartedTogetherFireOnceAndProduceOneReport()
            throws Exception
    {
        String url = postgres.create("quartz_cluster");
        Path file = folder.resolve("warehouse.duckdb");
        QuartzEvents events = new QuartzEvents();
        Instant fire;
        try (Warehouse warehouse = Warehouse.open(file)) {
            park(warehouse);
            fire = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(6);
            List<CompletableFuture<ReportNode>> starting = new ArrayList<>();
            for (String instance : List.of("node-a", "node-b")) {
                Map<String, String> settings = new HashMap<>(ReportNode.onJobStore(url, cronAt(fire)));
                settings.put("spring.quartz.properties.org.quartz.scheduler.instanceId", instance);
                starting.add(CompletableFuture.supplyAsync(() -> ReportNode.start(warehouse, events, settings)));
            }
            List<ReportNode> nodes = starting.stream().map(CompletableFuture::join).toList();
            try {
                for (ReportNode node : nodes) {
                    assertThat(node.scheduler().getMetaData().isJobStoreClustered()).isTrue();
                    assertThat(node.scheduler().getMetaData().getJobStoreClass()).isEqualTo(LocalDataSourceJobStore.class);
                }
                assertThat(nodes.get(0).reports()).as("each instance has its own Reports").isNotSameAs(nodes.get(1).reports());
                events.awaitExecuted(ReportConfiguration.CRON);
                events.awaitCatchUps(2);
                // Both schedulers stop (waiting for any running job) before either pool closes: in one JVM Quartz keeps
                // one connection provider per scheduler name, which the two instances share.
                nodes.forEach(ReportNode::stopScheduler);
            }
            finally {
                nodes.forEach(ReportNode::close);
            }
            assertThat(events.of(Kind.FIRED, ReportConfiguration.CRON)).as("one instance fired the cron").singleElement()
                    .satisfies(fired -> assertThat(fired.instance()).isIn("node-a", "node-b"));
            assertThat(events.of(Kind.EXECUTED, ReportConfiguration.CRON)).hasSize(1);
            assertOneScheduledReport(warehouse, monthBefore(fire));
        }
        assertThat(instances(url)).as("both checked in to one clustered store").containsExactlyInAnyOrder("node-a", "node-b");
    }

    /**
     * The hand-built park, submitted and analysed through the current month in Shanghai, so that the owed month (the one
     * before the fire time's: at most the current one, and later than the park's own 2026-10) can be built.
     */
    private static void park(Warehouse warehouse)
    {
        ZonedDateTime now = ZonedDateTime.now(SHANGHAI);
        Month current = new Month(now.getYear() * 100 + now.getMonthValue());
        ReportPark.build(warehouse);
        ReportPark.submit(warehouse, current);
        ReportPark.analyse(warehouse, 1, current.key());
    }

    /** The archive holds one report, the schedule's first version of the owed month, built from analysis run 1. */
    private static void assertOneScheduledReport(Warehouse warehouse, Month owed)
    {
        ReportArchive archive = new ReportArchive(warehouse);
        assertThat(archive.list()).singleElement().satisfies(report -> {
            assertThat(report.month()).isEqualTo(owed);
            assertThat(report.version()).isEqualTo(1);
            assertThat(report.trigger()).isEqualTo(Reports.SCHEDULE);
            assertThat(report.status()).as(report.message().orElse("")).isEqualTo(ReportArchive.DONE);
            assertThat(report.analysisId()).contains(1L);
        });
        assertThat(archive.files(archive.list().get(0).reportId())).extracting(ReportArchive.FileInfo::format).containsExactly("html", "pdf", "xlsx");
    }

    /** The month before the fire time's month in Shanghai: the report a fire owes. */
    private static Month monthBefore(Instant fire)
    {
        ZonedDateTime at = fire.atZone(SHANGHAI).minusMonths(1);
        return new Month(at.getYear() * 100 + at.getMonthValue());
    }

    /** Fires at that second in Shanghai, then on the same day and time each later year. */
    private static String cronAt(Instant fire)
    {
        ZonedDateTime at = fire.atZone(SHANGHAI);
        return at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " " + at.getDayOfMonth() + " " + at.getMonthValue() + " ? " + at.getYear() + "-2099";
    }

    private static void sleepUntil(Instant instant)
            throws InterruptedException
    {
        Duration left = Duration.between(Instant.now(), instant);
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis() + 1);
        }
    }

    /** The report trigger's state and next fire time (epoch milliseconds) as Quartz stored them. */
    private static List<Object> trigger(String url)
            throws SQLException
    {
        try (Connection connection = QuartzDatabase.connect(url);
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT trigger_state, next_fire_time FROM qrtz_triggers WHERE trigger_name = ? AND trigger_group = ?")) {
            statement.setString(1, ReportConfiguration.CRON.getName());
            statement.setString(2, ReportConfiguration.CRON.getGroup());
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("the report trigger is stored").isTrue();
                return List.of(rows.getString(1), rows.getLong(2));
            }
        }
    }

    private static List<String> instances(String url)
            throws SQLException
    {
        try (Connection connection = QuartzDatabase.connect(url);
                PreparedStatement statement = connection.prepareStatement("SELECT instance_name FROM qrtz_scheduler_state");
                ResultSet rows = statement.executeQuery()) {
            List<String> instances = new ArrayList<>();
            while (rows.next()) {
                instances.add(rows.getString(1));
            }
            return instances;
        }
    }
}
