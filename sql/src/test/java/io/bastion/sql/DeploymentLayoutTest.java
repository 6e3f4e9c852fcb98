package io.bastion.sql;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that docker-compose.yml and the Dockerfile at the repository root describe one
 * consistent production layout, with settings the application has (application.yml); no Docker
 * engine is needed (tests run in the sql module's directory, so the root is "..").
 */
final class DeploymentLayoutTest
{
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path COMPOSE_FILE = REPOSITORY.resolve("docker-compose.yml");
    private static final Path DOCKERFILE = REPOSITORY.resolve("Dockerfile");
    private static final Path APPLICATION_SETTINGS = REPOSITORY.resolve("dashboard/src/main/resources/application.yml");
    private static final Pattern ENTRYPOINT_EXECUTABLE = Pattern.compile("^\\[\\s*\"([^\"]+)\"");

    @Test
    void declaresTheProductionServices()
    {
        assertThat(services()).containsKeys("bastion", "postgres", "spark-master", "spark-worker", "mail");
    }

    @Test
    void declaresEveryNamedVolumeAServiceMounts()
    {
        Set<String> declared = map(compose().get("volumes"), "top-level volumes").keySet();
        assertThat(declared).contains("warehouse", "lake", "archive", "pgdata");
        services().forEach((name, service) -> namedMounts(map(service, name)).forEach((volume, target) ->
                assertThat(declared).as("service %s mounts volume %s at %s", name, volume, target).contains(volume)));
    }

    @Test
    void startsBastionAfterPostgresAndSparkMaster()
    {
        Object dependsOn = bastion().get("depends_on");
        List<String> dependencies = dependsOn instanceof Map<?, ?> conditions
                ? conditions.keySet().stream().map(String::valueOf).toList()
                : list(dependsOn, "bastion.depends_on").stream().map(String::valueOf).toList();
        assertThat(dependencies).contains("postgres", "spark-master");
    }

    @Test
    void keepsQuartzsJobStoreInThePostgresService()
    {
        Map<String, String> bastion = environment(bastion());
        Map<String, String> postgres = environment(service("postgres"));
        assertThat(bastion).containsEntry("SPRING_QUARTZ_JOB_STORE_TYPE", "jdbc");
        assertThat(bastion.get("BASTION_QUARTZ_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        assertThat(bastion.get("BASTION_QUARTZ_USERNAME")).as("Bastion logs in as the user the image creates").isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(bastion.get("BASTION_QUARTZ_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        assertThat(map(bastion().get("depends_on"), "bastion.depends_on").get("postgres"))
                .as("Quartz's pool is opened on start: PostgreSQL must be accepting connections first")
                .isEqualTo(Map.of("condition", "service_healthy"));
        // Every BASTION_QUARTZ_* variable is a setting the application has (relaxed binding: no dashes, any case).
        Set<String> settings = map(map(applicationSettings().get("bastion"), "bastion").get("quartz"), "bastion.quartz").keySet();
        bastion.keySet().stream().filter(name -> name.startsWith("BASTION_QUARTZ_")).forEach(name -> assertThat(settings)
                .as("%s is one of bastion.quartz's settings in application.yml", name)
                .anyMatch(setting -> setting.replace("-", "").equalsIgnoreCase(name.substring("BASTION_QUARTZ_".length()).replace("_", ""))));
    }

    @Test
    void buildsBastionFromADockerfileThatExists()
    {
        Object build = bastion().get("build");
        assertThat(build).as("bastion.build").isNotNull();
        Path context;
        String dockerfile = "Dockerfile";
        if (build instanceof Map<?, ?> settings) {
            context = REPOSITORY.resolve(String.valueOf(settings.get("context") == null ? "." : settings.get("context")));
            if (settings.get("dockerfile") != null) {
                dockerfile = String.valueOf(settings.get("dockerfile"));
            }
        }
        else {
            context = REPOSITORY.resolve(String.valueOf(build));
        }
        assertThat(context.resolve(dockerfile).normalize()).isRegularFile().isEqualTo(DOCKERFILE);
        services().forEach((name, service) -> {
            Map<String, Object> settings = map(service, name);
            assertThat(settings.get("image") != null || settings.get("build") != null)
                    .as("service %s names an image or a build", name)
                    .isTrue();
        });
    }

    @Test
    void runsTwoScala213SparkWorkersOnTheSharedLake()
    {
        Map<String, Object> worker = service("spark-worker");
        assertThat(map(worker.get("deploy"), "spark-worker.deploy")).containsEntry("replicas", 2);
        assertThat(environment(worker)).containsEntry("SPARK_SCALA_VERSION", "2.13");
        assertThat(namedMounts(worker)).containsEntry("lake", "/lake");
        assertThat(namedMounts(service("spark-master"))).containsEntry("lake", "/lake");
        assertThat(environment(bastion())).containsEntry("BASTION_ANALYSIS_SPARKMASTER", "spark://spark-master:7077");
    }

    @Test
    void keepsBastionsFilesOnItsVolumes()
    {
        Map<String, String> environment = environment(bastion());
        assertThat(environment).containsEntry("BASTION_WAREHOUSE", "/data/warehouse.duckdb");
        assertThat(environment).containsEntry("BASTION_ANALYSIS_LAKE", "/lake");
        List<String> mountTargets = List.copyOf(namedMounts(bastion()).values());
        for (String setting : List.of("BASTION_WAREHOUSE", "BASTION_INBOX", "BASTION_ARCHIVE", "BASTION_ANALYSIS_LAKE")) {
            String path = environment.get(setting);
            assertThat(path).as(setting).isNotNull();
            assertThat(mountTargets)
                    .as("%s=%s lies on one of bastion's volumes %s", setting, path, mountTargets)
                    .anyMatch(target -> path.equals(target) || path.startsWith(target + "/"));
        }
    }

    @Test
    void dockerfileCopiesTheJarAndTheLauncherItStarts()
    {
        Dockerfile dockerfile = Dockerfile.parse(DOCKERFILE);
        assertThat(dockerfile.baseImage()).isEqualTo("eclipse-temurin:17-jre");
        assertThat(dockerfile.copies().keySet()).contains("dashboard/target/bastion.jar", "bastion",
                "analytics/job/target/bastion-analytics-job.jar", "analytics/job/target/spark-home");
        assertThat(dockerfile.entrypoint())
                .as("the entrypoint is the copied launcher")
                .contains(dockerfile.copies().get("bastion"));
        assertThat(dockerfile.volumes())
                .as("the image declares the directories compose mounts volumes on")
                .containsAll(namedMounts(bastion()).values());
    }

    private static Map<String, Object> compose()
    {
        try (Reader reader = Files.newBufferedReader(COMPOSE_FILE, UTF_8)) {
            return map(new Yaml().load(reader), COMPOSE_FILE.toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> applicationSettings()
    {
        try (Reader reader = Files.newBufferedReader(APPLICATION_SETTINGS, UTF_8)) {
            return map(new Yaml().load(reader), APPLICATION_SETTINGS.toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> services()
    {
        return map(compose().get("services"), "services");
    }

    private static Map<String, Object> service(String name)
    {
        return map(services().get(name), "service " + name);
    }

    private static Map<String, Object> bastion()
    {
        return service("bastion");
    }

    /** Named volumes a service mounts, volume → target; bind mounts and anonymous volumes are left out. */
    private static Map<String, String> namedMounts(Map<String, Object> service)
    {
        Map<String, String> mounts = new HashMap<>();
        Object volumes = service.get("volumes");
        if (volumes == null) {
            return mounts;
        }
        for (Object volume : list(volumes, "volumes")) {
            String source;
            String target;
            if (volume instanceof Map<?, ?> longSyntax) {
                if (!"volume".equals(longSyntax.get("type")) || longSyntax.get("source") == null) {
                    continue;
                }
                source = String.valueOf(longSyntax.get("source"));
                target = String.valueOf(longSyntax.get("target"));
            }
            else {
                String[] parts = String.valueOf(volume).split(":");
                if (parts.length < 2) {
                    continue;
                }
                source = parts[0];
                target = parts[1];
            }
            if (!source.startsWith("/") && !source.startsWith(".") && !source.startsWith("~")) {
                mounts.put(source, target);
            }
        }
        return mounts;
    }

    private static Map<String, String> environment(Map<String, Object> service)
    {
        Map<String, String> environment = new HashMap<>();
        Object settings = service.get("environment");
        if (settings instanceof Map<?, ?> byName) {
            byName.forEach((name, value) -> environment.put(String.valueOf(name), String.valueOf(value)));
        }
        else if (settings != null) {
            for (Object assignment : list(settings, "environment")) {
                String[] parts = String.valueOf(assignment).split("=", 2);
                environment.put(parts[0], parts.length == 2 ? parts[1] : "");
            }
        }
        return environment;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what)
    {
        assertThat(value).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value, String what)
    {
        assertThat(value).as(what).isInstanceOf(List.class);
        return (List<?>) value;
    }

    /** The few Dockerfile instructions the layout depends on; shell-form COPY only, which is what we write. */
    private record Dockerfile(String baseImage, Map<String, String> copies, Optional<String> entrypoint, List<String> volumes)
    {
        static Dockerfile parse(Path file)
        {
            String baseImage = null;
            String workingDirectory = "/";
            Map<String, String> copies = new HashMap<>();
            Optional<String> entrypoint = Optional.empty();
            List<String> volumes = new ArrayList<>();
            for (String instruction : instructions(file)) {
                String[] keywordAndArguments = instruction.split("\\s+", 2);
                String keyword = keywordAndArguments[0].toUpperCase();
                String arguments = keywordAndArguments.length == 2 ? keywordAndArguments[1].trim() : "";
                switch (keyword) {
                    case "FROM" -> baseImage = arguments.split("\\s+")[0];
                    case "WORKDIR" -> workingDirectory = Path.of(workingDirectory).resolve(arguments).toString();
                    case "COPY" -> {
                        List<String> paths = new ArrayList<>(List.of(arguments.split("\\s+")));
                        paths.removeIf(argument -> argument.startsWith("--"));
                        String destination = paths.remove(paths.size() - 1);
                        for (String source : paths) {
                            String target = destination.endsWith("/") ? destination + Path.of(source).getFileName() : destination;
                            copies.put(source, Path.of(workingDirectory).resolve(target).toString());
                        }
                    }
                    case "ENTRYPOINT" -> {
                        Matcher executable = ENTRYPOINT_EXECUTABLE.matcher(arguments);
                        entrypoint = executable.find() ? Optional.of(executable.group(1)) : Optional.of(arguments.split("\\s+")[0]);
                    }
                    case "VOLUME" -> volumes.addAll(List.of(arguments.replaceAll("[\\[\\]\",]", " ").trim().split("\\s+")));
                    default -> {
                    }
                }
            }
            return new Dockerfile(baseImage, copies, entrypoint, volumes);
        }

        /** Instructions with their continuation lines joined and comments dropped. */
        private static List<String> instructions(Path file)
        {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, UTF_8);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> instructions = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : lines) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                    continue;
                }
                if (trimmed.endsWith("\\")) {
                    current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                    continue;
                }
                current.append(trimmed);
                instructions.add(current.toString());
                current.setLength(0);
            }
            return instructions;
        }
    }
}
