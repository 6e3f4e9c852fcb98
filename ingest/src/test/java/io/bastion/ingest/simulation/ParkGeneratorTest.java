package io.bastion.ingest.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParkGeneratorTest
{
    private static final int MONTHS = 3;
    private static final long SEED = 42;

    @TempDir
    static Path folder;

    private static Path out;
    private static Manifest manifest;
    private static WrittenFiles written;

    @BeforeAll
    static void generateOnce()
    {
        out = folder.resolve("first");
        manifest = ParkGenerator.generate(settings(SEED, out));
        written = WrittenFiles.read(out);
    }

    @Test
    void sameSeedGivesByteIdenticalFiles()
    {
        Path again = folder.resolve("again");
        ParkGenerator.generate(settings(SEED, again));

        assertThat(hashes(again)).isEqualTo(hashes(out));
    }

    @Test
    void anotherSeedGivesOtherFiles()
    {
        Path other = folder.resolve("other");
        ParkGenerator.generate(settings(SEED + 1, other));

        Map<String, String> first = hashes(out);
        Map<String, String> second = hashes(other);
        long same = first.entrySet().stream().filter(entry -> entry.getValue().equals(second.get(entry.getKey()))).count();
        assertThat(same).isLessThan(first.size() / 10);
    }

    @Test
    void rowsWrittenMatchTheRowsInTheFiles()
    {
        for (Map.Entry<String, Long> table : manifest.rowsWritten().entrySet()) {
            assertThat((long) written.rows(table.getKey()).size())
                    .as("rows of %s", table.getKey())
                    .isEqualTo(table.getValue());
        }
        assertThat(written.all().keySet()).containsExactlyInAnyOrderElementsOf(manifest.rowsWritten().keySet());
    }

    @Test
    void manifestCountsEveryFile()
    {
        assertThat(manifest.files().total()).isEqualTo(countFiles(out) - 1);
        assertThat(manifest.files().xlsx() + manifest.files().csv() + manifest.files().json()).isEqualTo(manifest.files().total());
    }

    @Test
    void everyIdNumberIsValidExceptTheInjectedBadOnes()
    {
        long invalid = written.rows("人员信息").stream()
                .map(row -> row.get("公民身份号码"))
                .filter(idNumber -> !IndependentCheckDigits.validIdNumber(idNumber))
                .count();

        assertThat(invalid).isEqualTo(manifest.badRowsByRule().get("ID_NUMBER_CHECK_DIGIT")).isPositive();
    }

    @Test
    void everyUnitCodeIsValidExceptTheInjectedBadOnes()
    {
        long invalidInPeople = written.rows("人员信息").stream()
                .map(row -> row.get("工作单位"))
                .filter(code -> !IndependentCheckDigits.validUnitCode(code))
                .count();
        long invalidInRegistry = written.rows("企业名录").stream()
                .map(row -> row.get("统一社会信用代码"))
                .filter(code -> !IndependentCheckDigits.validUnitCode(code))
                .count();
        long invalidCovered = written.rows("组织信息").stream()
                .map(row -> row.get("覆盖单位"))
                .filter(covered -> !covered.isEmpty())
                .flatMap(covered -> Stream.of(covered.split(";")))
                .map(code -> code.replace("（挂靠）", "").replace("(挂靠)", ""))
                .filter(code -> !IndependentCheckDigits.validUnitCode(code))
                .count();

        assertThat(invalidCovered).isZero();
        assertThat(invalidInPeople + invalidInRegistry).isEqualTo(manifest.badRowsByRule().get("UNIT_CODE_CHECK_DIGIT")).isPositive();
    }

    @Test
    void peopleUnitsAreInTheRegistryExceptTheUnknownOnes()
    {
        List<String> registered = written.rows("企业名录").stream().map(row -> row.get("统一社会信用代码")).toList();
        long unknown = written.rows("人员信息").stream()
                .map(row -> row.get("工作单位"))
                .filter(IndependentCheckDigits::validUnitCode)
                .filter(code -> !registered.contains(code))
                .count();

        assertThat(unknown).isEqualTo(manifest.badRowsByRule().get("UNKNOWN_UNIT"));
    }

    @Test
    void everyBadRowBreaksExactlyOneRuleAndNoOtherRowBreaksAny()
    {
        IndependentValidator validator = new IndependentValidator(written).validate();

        assertThat(validator.rowsBreakingSeveralRules()).isEmpty();
        Map<String, Long> expected = new TreeMap<>(manifest.badRowsByRule());
        expected.values().removeIf(count -> count == 0);
        assertThat(new TreeMap<>(validator.violationsByRule())).isEqualTo(expected);
    }

    @Test
    void manifestOnDiskIsTheReturnedManifest() throws IOException
    {
        JsonNode onDisk = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());

        assertThat(onDisk.get("endMonth").asText()).isEqualTo("2026-10");
        assertThat(onDisk.get("expected").get("fact_person_month").asLong()).isEqualTo(manifest.expected().personMonths());
        assertThat(onDisk.get("rowsWritten").get("人员信息").asLong()).isEqualTo(manifest.rowsWritten().get("人员信息"));
        assertThat(manifest.expected().rejectedFiles()).isEqualTo(2);
        assertThat(manifest.expected().quarantinedRowsByRule()).isEqualTo(manifest.badRowsByRule());
    }

    @Test
    void rejectsSettingsOutOfRange()
    {
        assertThatThrownBy(() -> new GeneratorSettings(0, SEED, folder)).hasMessageContaining("scale must be between 1 and 100");
        assertThatThrownBy(() -> new GeneratorSettings(101, SEED, folder)).hasMessageContaining("scale");
        assertThatThrownBy(() -> new GeneratorSettings(1, SEED, folder, YearMonth.of(2026, 10), 0)).hasMessageContaining("months");
        assertThatThrownBy(() -> new GeneratorSettings(1, SEED, null)).hasMessageContaining("out is null");
    }

    @Test
    void refusesAFolderThatIsNotEmpty()
    {
        assertThatThrownBy(() -> ParkGenerator.generate(settings(SEED, out))).hasMessageContaining("not empty");
    }

    private static GeneratorSettings settings(long seed, Path target)
    {
        return new GeneratorSettings(1, seed, target, GeneratorSettings.DEFAULT_END_MONTH, MONTHS);
    }

    private static Map<String, String> hashes(Path root)
    {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                hashes.put(root.relativize(file).toString(), HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file))));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }

    private static long countFiles(Path root)
    {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
