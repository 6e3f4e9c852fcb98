package io.bastion.analytics.lake;

import io.bastion.analytics.MartComparison;
import io.bastion.analytics.SimulatedPark;
import io.bastion.analytics.Sql;
import io.bastion.analytics.job.Marts;
import io.bastion.sql.Warehouse;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job submitted to a real Spark standalone cluster writes the same rows as in local mode, for every mart it computes,
 * over a simulated park of three months (few, as the cluster has one core). The Master and the Worker are child processes
 * started as bin/spark-class starts them, from target/spark-home: Spark's own jars at Spark's versions and nothing of the
 * warehouse, so the job meets the classpath a stock cluster gives it.
 */
class StandaloneClusterIT
{
    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
    private static final Duration STARTUP = Duration.ofMinutes(2);

    @TempDir
    Path temp;

    @Test
    void clusterAndLocalModeWriteTheSameMarts()
            throws Exception
    {
        Path sparkHome = Path.of(System.getProperty("bastion.spark.home"));
        Path jobJar = Path.of(System.getProperty("bastion.job.jar"));
        LakeSnapshot lake;
        try (Warehouse warehouse = SimulatedPark.ingest(temp.resolve("park"), 1, 3); Connection connection = warehouse.connect()) {
            lake = LakeExport.export(connection, temp.resolve("lake"));
        }
        AnalysisRunnerSettings local = AnalysisRunnerSettings.defaults(temp.resolve("lake"), sparkHome, jobJar);

        int masterPort = freePort();
        int masterWebPort = freePort();
        List<Process> cluster = new ArrayList<>();
        try {
            cluster.add(start(sparkHome, List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(masterPort),
                    "--webui-port", String.valueOf(masterWebPort)), Map.of(), temp.resolve("master.log")));
            String master = "spark://127.0.0.1:" + masterPort;
            cluster.add(start(sparkHome, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
                            "--webui-port", String.valueOf(freePort()), "--work-dir", temp.resolve("worker").toString(), master),
                    Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13"), temp.resolve("worker.log")));
            awaitWorker(cluster.get(0), masterWebPort);

            Path clusterOut = temp.resolve("out-cluster");
            SparkJobProcess.run(SparkJobProcess.command(local.withSparkMaster(master), lake.directory(), clusterOut, OptionalInt.empty()), Duration.ofMinutes(15));
            Path localOut = temp.resolve("out-local");
            SparkJobProcess.run(SparkJobProcess.command(local, lake.directory(), localOut, OptionalInt.empty()), Duration.ofMinutes(15));

            List<String> marts = martFolders(localOut);
            assertThat(martFolders(clusterOut)).isEqualTo(marts);
            if (!Marts.all().isEmpty()) {
                assertThat(marts).isNotEmpty();
            }
            try (Connection reader = Sql.memory()) {
                List<String> differences = new ArrayList<>();
                for (String mart : marts) {
                    Optional<MartComparison.Difference> difference = MartComparison.compare(reader, mart,
                            "read_parquet('" + clusterOut.resolve(mart) + "/*.parquet')", "read_parquet('" + localOut.resolve(mart) + "/*.parquet')");
                    difference.ifPresent(found -> differences.add(found.describe("cluster", "local")));
                }
                assertThat(differences).as(String.join("\n", differences)).isEmpty();
            }
        }
        finally {
            cluster.forEach(StandaloneClusterIT::stop);
        }
    }

    private static Process start(Path sparkHome, List<String> mainAndArguments, Map<String, String> environment, Path log)
            throws IOException
    {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        command.addAll(List.of("-Xmx512m", "-cp", sparkHome.resolve("conf") + "/:" + sparkHome.resolve("jars") + "/*"));
        command.addAll(mainAndArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void awaitWorker(Process master, int webPort)
            throws InterruptedException
    {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/json/")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(master.isAlive()).as("the Spark master is running").isTrue();
            try {
                Matcher alive = ALIVE_WORKERS.matcher(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
                if (alive.find() && Integer.parseInt(alive.group(1)) >= 1) {
                    return;
                }
            }
            catch (IOException notYet) {
                // the master's web UI is not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no worker registered with the master within " + STARTUP);
    }

    private static List<String> martFolders(Path out)
            throws IOException
    {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(out)) {
            return entries.map(entry -> entry.getFileName().toString()).filter(name -> name.startsWith("mart_")).sorted().toList();
        }
    }

    private static void stop(Process process)
    {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort()
    {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
