package io.bastion.dashboard.trace;

import io.bastion.dashboard.scope.Month;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The figure registry without a server: every id the pages' scripts and templates write is a figure it serves, arguments
 * are checked against the domain's words and bound as values, and every figure, column and unit is named in Chinese and
 * English.
 */
class TraceRegistryTest
{
    private static final Month DECEMBER = new Month(202512);
    private static final String FIGURE = "((?:coverage|grades|admissions|membership|life|timeliness|liaison|sites|procedure)\\.[a-zA-Z0-9]+)";
    /** A figure id as a script writes it, quoted: a family, a dot, a name, perhaps a fixed argument or a colon it completes. */
    private static final Pattern SCRIPT_LITERAL = Pattern.compile("'" + FIGURE + "(:[^']*)?'");
    /** A figure id as a template writes it in a link. */
    private static final Pattern TEMPLATE_LINK = Pattern.compile("figure=" + FIGURE + "(:[^'\"&]*)?");

    @Test
    void everyFigureAScriptOrTemplateWritesIsServed()
            throws IOException
    {
        List<String> literals = new ArrayList<>();
        literals.addAll(found(Path.of("src/main/resources/static/js"), SCRIPT_LITERAL));
        literals.addAll(found(Path.of("src/main/resources/templates"), TEMPLATE_LINK));

        assertThat(literals).as("the scripts' and templates' figure ids").hasSizeGreaterThan(20)
                .allSatisfy(literal -> assertThat(Figure.byId(literal.split(":", 2)[0])).as(literal).isPresent());
        // An id written in full (not a prefix the script completes) parses as it stands.
        literals.stream().filter(literal -> !literal.endsWith(":")).forEach(literal -> TraceRequest.parse(literal, DECEMBER));
    }

    @Test
    void bindsEachArgumentAsValuesOfTheDomainsWords()
    {
        assertThat(bound("grades.good")).containsExactly(Optional.of("2025Q4"));
        assertThat(bound("grades.grade:2025Q3:P01B0001")).containsExactly(Optional.of("2025Q3"), Optional.of("P01B0001"));
        assertThat(bound("grades.distribution:2025Q4:FAIRLY_GOOD")).containsExactly(Optional.of("2025Q4"), Optional.of("较好"));
        assertThat(bound("grades.migration:2025Q3:2025Q4:POOR:GOOD"))
                .containsExactly(Optional.of("2025Q3"), Optional.of("2025Q4"), Optional.of("较差"), Optional.of("好"));
        assertThat(bound("grades.migration:2025Q3:2025Q4:ALL:AVERAGE"))
                .containsExactly(Optional.of("2025Q3"), Optional.of("2025Q4"), Optional.empty(), Optional.of("一般"));
        assertThat(bound("grades.migration:2025Q3:2025Q4"))
                .containsExactly(Optional.of("2025Q3"), Optional.of("2025Q4"), Optional.empty(), Optional.empty());
        assertThat(bound("coverage.active:unit_category:国有企业")).containsExactly(Optional.of("unit_category"), Optional.of("国有企业"));
        assertThat(bound("coverage.mustForm:industry:生物医药")).containsExactly(Optional.of("industry"), Optional.of("生物医药"));
        assertThat(bound("coverage.active")).isEmpty();
        assertThat(bound("coverage.firstCoverage:WITHIN_60")).containsExactly(Optional.of("WITHIN_60"), Optional.of("31"), Optional.of("60"));
        assertThat(bound("coverage.firstCoverage:NOT_YET")).containsExactly(Optional.of("NOT_YET"), Optional.empty(), Optional.empty());
        assertThat(bound("membership.breakdown:age_band:35岁以下")).containsExactly(Optional.of("age_band"), Optional.of("35岁以下"));
        assertThat(bound("liaison.assignment:张三:P01B0001")).containsExactly(Optional.of("张三"), Optional.of("P01B0001"));
        assertThat(bound("admissions.structure:2025-10")).containsExactly(Optional.of("2025-10"));
        assertThat(bound("procedure.finding:党员超过50名")).containsExactly(Optional.of("党员超过50名"));
    }

    @Test
    void refusesAnArgumentItsFigureDoesNotTake()
    {
        List<String> bad = List.of("grades.good:2025Q9", "grades.grade:2025Q3", "grades.grade:2025Q3:p01", "grades.distribution:2025Q3:EXCELLENT",
                "grades.migration:2025Q4:2025Q3", "grades.migration:2025Q3:2025Q4:GOOD:ALL", "grades.migration:2025Q3:2025Q4:GOOD:BAD:X",
                "admissions.stock:党员", "admissions.entries", "admissions.conversion:24", "admissions.structure:2025-13",
                "membership.breakdown:height:180", "membership.breakdown:education:", "membership.members:2025",
                "coverage.active:unit_category:外资企业", "coverage.active:region:东区", "coverage.enterprise:913205", "coverage.firstCoverage:SOON",
                "sites.active:省级", "life.branch:2025Q5", "procedure.finding:迟到", "procedure.finding", "liaison.assignment:张三", "liaison.person:",
                "liaison.person:a\u0000b");

        assertThat(bad).allSatisfy(id -> assertThatThrownBy(() -> TraceRequest.parse(id, DECEMBER))
                .as(id)
                .isInstanceOfSatisfying(TraceException.class, e -> {
                    assertThat(e.code()).isEqualTo("BAD_ARGUMENT");
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.chinese()).contains(id).contains("应为");
                    assertThat(e.english()).contains(id).contains("expected");
                }));
        assertThatThrownBy(() -> TraceRequest.parse("grades.best:2025Q3", DECEMBER))
                .isInstanceOfSatisfying(TraceException.class, e -> assertThat(e.status().value()).isEqualTo(404));
    }

    @Test
    void namesEveryFigureColumnAndUnitInChineseAndEnglish()
    {
        Properties chinese = bundle("i18n/trace.properties");
        Properties english = bundle("i18n/trace_en.properties");
        List<String> keys = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            keys.add(figure.labelKey());
            keys.add(figure.definitionKey());
        }
        Arrays.stream(TraceColumn.values()).map(TraceColumn::labelKey).forEach(keys::add);
        Arrays.stream(Figure.Subject.values()).map(Figure.Subject::unitKey).forEach(keys::add);
        // The words of the LABELS columns, as the figures' SQL writes them.
        Stream.of("registry", "own", "joint", "attached", "fullMember", "monthly", "onsite", "contacted", "overdue", "organization", "instructor",
                "union", "youthLeague", "onTime", "late", "missing").map(word -> "trace.label." + word).forEach(keys::add);

        assertThat(keys).allSatisfy(key -> {
            assertThat(chinese.getProperty(key)).as("trace.properties " + key).isNotBlank();
            assertThat(english.getProperty(key)).as("trace_en.properties " + key).isNotBlank();
        });
        assertThat(english.stringPropertyNames()).as("the English bundle is complete").containsAll(chinese.stringPropertyNames());
    }

    private static List<String> found(Path folder, Pattern pattern)
            throws IOException
    {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    literals.add(matcher.group(1) + Optional.ofNullable(matcher.group(2)).orElse(""));
                }
            }
        }
        return literals;
    }

    private static List<Optional<String>> bound(String id)
    {
        return TraceRequest.parse(id, DECEMBER).bound();
    }

    static Properties bundle(String name)
    {
        Properties properties = new Properties();
        try (InputStream in = TraceRegistryTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
