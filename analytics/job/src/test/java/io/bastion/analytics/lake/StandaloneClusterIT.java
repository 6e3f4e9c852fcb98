package io.bastion.analytics.lake;

import io.bastion.analytics.MartComparison;
import io.bastion.analytics.SimulatedPark;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job submitted to a real Spark standalone cluster writes the rows of the SQL oracle, for every mart (and so the rows
 * local mode writes, which SparkMatchesOracleIT holds to the oracle), over a simulated park of three months (few, as the
 * cluster has one core). The Master and the Worker are child processes
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
    void aStockClusterWritesTheOraclesMarts()
            throws Exception
    {
        Path sparkHome = Path.of(System.getProperty("bastion.spark.home"));
        Path jobJar = Path.of(System.getProperty("bastion.job.jar"));
        try (Warehouse warehouse = SimulatedPark.ingest(temp.resolve("park"), 1, 3); Connection connection = warehouse.connect()) {
            LakeSnapshot lake = LakeExport.export(connection, temp.resolve("lake"));
            runOnACluster(sparkHome, jobJar, lake, temp.resolve("out-cluster"));
            // local mode equals the oracle (SparkMatchesOracleIT), so the cluster's marts equal local mode's when they equal the oracle's
            List<String> marts = martFolders(temp.resolve("out-cluster"));
            assertThat(marts).containsExactlyInAnyOrderElementsOf(MartLoad.martTables(connection));
            long run = AnalysisRuns.start(connection, RunStatus.RUNNING, Trigger.CLI, "spark://", "cluster");
            MartLoad.load(connection, temp.resolve("out-cluster"), run, LocalDateTime.now(), OptionalInt.empty());
            List<String> differences = MartComparison.differencesFromTheOracle(connection);
            assertThat(differences).as("%d marts of the cluster differ from the oracle:%n%s", differences.size(), String.join("\n", differences)).isEmpty();
        }
    }

    /** Starts a standalone Master and one Worker from {@code sparkHome} and submits the job to them, writing to {@code out}. */
    private void runOnACluster(Path sparkHome, Path jobJar, LakeSnapshot lake, Path out)
            throws Exception
    {
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

            SparkJobProcess.run(SparkJobProcess.command(local.withSparkMaster(master), lake.directory(), out, OptionalInt.empty()), Duration.ofMinutes(15));
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
