package io.bastion.ingest.load;

import io.bastion.ingest.load.FileOutcome.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class IngestionTest
{
    /** 赵一's id number corrected: another region, the same birth date 1990-03-07; GB 11643 check digit computed by hand. */
    private static final String CORRECTED_ID_1990 = "320502199003071230";

    @TempDir
    Path temp;
    private TestWarehouse warehouse;

    @BeforeEach
    void open()
    {
        warehouse = new TestWarehouse(temp);
    }

    @AfterEach
    void close()
    {
        warehouse.close();
    }

    @Test
    void loadsATinyParkInAllFormats()
            throws SQLException
    {
        Path inbox = temp.resolve("inbox");
        TinyPark.registry(inbox, "2025-03");
        TinyPark.committee(inbox, "2025-03", "2025-04-03");
        TinyPark.branch(inbox, "2025-03", "2025-04-08");

        RunSummary summary = warehouse.ingest(inbox);

        assertThat(summary.count(Outcome.LOADED)).isEqualTo(5);
        // 4 registry rows + (1 + 2 + 1) committee rows + (1 + 1 + 1) branch rows
        assertThat(summary.rowsRead()).isEqualTo(11);
        assertThat(summary.rowsRejected()).isZero();
        assertThat(count("fact_enterprise_month")).isEqualTo(4);
        assertThat(count("fact_submission")).isEqualTo(2);
        assertThat(count("fact_person_month")).isEqualTo(3);
        assertThat(count("fact_organization_life")).isEqualTo(2);
        assertThat(count("fact_coverage_link")).isEqualTo(2);
        assertThat(count("dim_organization")).isEqualTo(2);
        assertThat(count("dim_enterprise")).isEqualTo(4);
        assertThat(count("dim_person")).isEqualTo(3);
        // M0001: 5 stage dates; M0002: 2; M0003: 2
        assertThat(count("fact_admission_event")).isEqualTo(9);
        // P001 signed off on 04-03 (on time), B001 on 04-08 (after the 5th: late)
        assertThat(query("SELECT string_agg(org_code || ':' || on_time, ',' ORDER BY org_code) FROM fact_submission")).isEqualTo("B001:false,P001:true");
        assertThat(query("SELECT moved_in_on::VARCHAR FROM dim_enterprise WHERE unit_code = '" + TinyPark.GAMMA + "'")).isEqualTo("2024-06-01");
    }

    @Test
    void ingestingTheSameFilesAgainChangesNothing()
            throws SQLException
    {
        Path inbox = temp.resolve("inbox");
        TinyPark.registry(inbox, "2025-03");
        TinyPark.committee(inbox, "2025-03", "2025-04-03");
        warehouse.ingest(inbox);
        String before = fingerprint();

        RunSummary again = warehouse.ingest(inbox);

        assertThat(again.count(Outcome.DUPLICATE)).isEqualTo(2);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aLaterSubmissionReplacesTheEarlierWhicheverArrivesFirst()
            throws SQLException
    {
        Path base = temp.resolve("base");
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        TinyPark.registry(base, "2025-03");
        TinyPark.committee(base, "2025-03", "2025-04-03");
        TinyPark.branch(first, "2025-03", "2025-04-02");
        // The resubmission, signed off later, adds an applicant.
        TinyPark.branch(second, "2025-03", "2025-04-04",
                "M0004,李四," + TinyPark.ID_1985 + ",男,汉族,1985-11-20,大专," + TinyPark.ALPHA + ",一线职工,入党申请人,2025-03-02,,,,,否,否,否,");
        // 大专 is not an allowed 学历: that row is quarantined, the rest of the resubmission is loaded.
        warehouse.ingest(base);
        warehouse.ingest(second);
        RunSummary late = warehouse.ingest(first);

        assertThat(late.count(Outcome.SUPERSEDED)).isEqualTo(3);

        assertThat(query("SELECT string_agg(submitted_on::VARCHAR || ':' || is_current, ',' ORDER BY submitted_on) FROM fact_submission WHERE org_code = 'B001'"))
                .isEqualTo("2025-04-02:false,2025-04-04:true");
        assertThat(query("SELECT count(*) FROM fact_person_month WHERE org_code = 'B001'")).isEqualTo("1");
        assertThat(query("SELECT rule || ' ' || column_name FROM quarantine")).isEqualTo("INVALID_CHOICE 学历");
    }

    @Test
    void aResubmissionResendingAnUnchangedPartIsLoadedWithItsFirstSubmission()
            throws SQLException
    {
        Path inbox = temp.resolve("inbox");
        TinyPark.registry(inbox, "2025-03");
        TinyPark.committee(inbox, "2025-03", "2025-04-03");
        TinyPark.branch(inbox, "2025-03", "2025-04-02");
        // Signed off later with one more applicant; its 组织生活 part is byte for byte the first one.
        TinyPark.branch(inbox.resolve("resubmitted"), "2025-03", "2025-04-06",
                "M0004,李四," + TinyPark.ID_1985 + ",男,汉族,1985-11-20,大学专科," + TinyPark.ALPHA + ",一线职工,入党申请人,2025-03-02,,,,,否,否,否,");
        // Transactions of 4 rows: without keeping them together the submission (3 rows) and the resubmission (4) would be loaded apart.
        try (TestWarehouse small = new TestWarehouse(temp.resolve("small-transactions"), 4)) {
            RunSummary summary = small.ingest(inbox);

            assertThat(summary.count(Outcome.LOADED)).isEqualTo(5);
            assertThat(summary.count(Outcome.SUPERSEDED)).isEqualTo(3);
            // 8 files received, the unchanged 组织生活 part archived once
            assertThat(small.count("archived_file")).isEqualTo(7);
            assertThat(small.query("SELECT string_agg(submitted_on::VARCHAR || ':' || is_current, ',' ORDER BY submitted_on) FROM fact_submission WHERE org_code = 'B001'"))
                    .isEqualTo("2025-04-02:false,2025-04-06:true");
            assertThat(small.query("SELECT count(*) FROM fact_person_month WHERE org_code = 'B001'")).isEqualTo("2");
            assertThat(small.query("""
                    SELECT a.original_name FROM fact_organization_life l JOIN archived_file a USING (file_id) WHERE l.org_code = 'B001'
                    """)).isEqualTo("B001_2025-03_组织生活.csv");
        }
    }

    @Test
    void removesTheTemporaryArchiveCopiesOfAKilledRunWhenItStarts()
            throws IOException
    {
        Path incoming = Files.createDirectories(temp.resolve("restart").resolve("archive").resolve(".incoming"));
        Files.writeString(incoming.resolve("receiving-8817.part"), TinyPark.registryCsv());

        try (TestWarehouse restarted = new TestWarehouse(temp.resolve("restart"))) {
            try (Stream<Path> left = Files.list(incoming)) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void appliesTheLatestNameAndIdNumberWhateverOrderTheMonthsArriveIn()
            throws SQLException
    {
        Path february = temp.resolve("february");
        Path march = temp.resolve("march");
        TinyPark.registry(february, "2025-02");
        TinyPark.write(february.resolve("P001_2025-02.json"), StandardCharsets.UTF_8, TinyPark.committeeJson("2025-02", "2025-03-03"));
        // In March the branch corrects 赵一's name and id number (same birth date; check digit computed by hand).
        TinyPark.write(march.resolve("P001_2025-03.json"), StandardCharsets.UTF_8, TinyPark.committeeJson("2025-03", "2025-04-03")
                .replace("赵一", "赵懿").replace(TinyPark.ID_1990, CORRECTED_ID_1990));

        for (boolean marchFirst : new boolean[] {false, true}) {
            try (TestWarehouse fresh = new TestWarehouse(temp.resolve("order-" + marchFirst))) {
                if (marchFirst) {
                    fresh.ingest(march);
                    fresh.ingest(february);
                }
                else {
                    fresh.ingest(february);
                    fresh.ingest(march);
                }

                assertThat(fresh.query("SELECT name || ' ' || id_number FROM restricted.person_identity WHERE person_no = 'M0001'"))
                        .as("March first: %s", marchFirst).isEqualTo("赵懿 " + CORRECTED_ID_1990);
                assertThat(fresh.rows("""
                        SELECT h.name, h.id_number, first_month_key::VARCHAR, last_month_key::VARCHAR, last_submitted_on::VARCHAR
                        FROM restricted.person_identity_history h JOIN restricted.person_identity USING (person_key)
                        WHERE person_no = 'M0001' ORDER BY first_month_key
                        """)).containsExactly(
                        List.of("赵一", TinyPark.ID_1990, "202502", "202502", "2025-03-03"),
                        List.of("赵懿", CORRECTED_ID_1990, "202503", "202503", "2025-04-03"));
                assertThat(fresh.query("SELECT first_month FROM dim_person JOIN restricted.person_identity USING (person_key) WHERE person_no = 'M0001'"))
                        .isEqualTo("202502");
            }
        }
    }

    private String fingerprint()
            throws SQLException
    {
        return warehouse.fingerprint() + warehouse.query("SELECT count(*) || ':' || coalesce(sum(hash(t::VARCHAR)), 0) FROM archived_file t");
    }

    private long count(String table)
            throws SQLException
    {
        return warehouse.count(table);
    }

    private String query(String sql)
            throws SQLException
    {
        return warehouse.query(sql);
    }
}
