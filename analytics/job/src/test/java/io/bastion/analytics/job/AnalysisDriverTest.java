package io.bastion.analytics.job;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The kept driver's answers to requests it cannot run, in-process: each is answered on one line, and the driver goes on. */
class AnalysisDriverTest
{
    @TempDir
    static Path temp;
    private static SparkSession spark;

    @BeforeAll
    static void start()
    {
        spark = AnalysisJob.session("local[1]", Map.of());
    }

    @AfterAll
    static void stop()
    {
        spark.stop();
    }

    @Test
    void aRequestWithoutItsOutputFolderIsAnsweredFailedAndTheDriverGoesOn()
    {
        assertThat(answer("7\t--lake\t" + temp))
                .isEqualTo("@@bastion-analysis 7 failed java.lang.IllegalArgumentException: 缺少 --out / --out is missing " + JobArguments.USAGE);
    }

    @Test
    void aRequestCannotChangeSparkSettings()
    {
        assertThat(answer("8\t--lake\t" + temp + "\t--out\t" + temp.resolve("out") + "\t--conf\tspark.sql.shuffle.partitions=1"))
                .isEqualTo("@@bastion-analysis 8 failed java.lang.IllegalArgumentException: 请求不能更改 Spark 设置（[spark.sql.shuffle.partitions]），"
                        + "须在启动驱动时给出 / a request cannot change Spark settings ([spark.sql.shuffle.partitions]): they are given when the driver starts");
    }

    @Test
    void aMissingLakeIsAnsweredWithSparksReasonOnOneLine()
    {
        String answer = answer("9\t--lake\t" + temp.resolve("no-lake") + "\t--out\t" + temp.resolve("out-9"));

        assertThat(answer).startsWith("@@bastion-analysis 9 failed org.apache.spark.sql.AnalysisException: [PATH_NOT_FOUND] Path does not exist: file:"
                + temp.resolve("no-lake")).doesNotContain("\n");
    }

    @Test
    void causesAreJoinedOnOneLine()
    {
        Exception failure = new IllegalStateException("写入失败\nwrite failed", new java.io.IOException("磁盘已满 / disk full"));

        assertThat(AnalysisDriver.causes(failure))
                .isEqualTo("java.lang.IllegalStateException: 写入失败 write failed ← java.io.IOException: 磁盘已满 / disk full");
    }

    /** The answer line to the request; asserts the driver would go on. */
    private static String answer(String request)
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean goesOn = AnalysisDriver.serve(spark, request, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(goesOn).as("the driver goes on").isTrue();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).as("one answer line").hasSize(1);
        return lines[0];
    }
}
