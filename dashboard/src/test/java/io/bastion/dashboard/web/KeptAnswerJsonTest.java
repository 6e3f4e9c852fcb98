package io.bastion.dashboard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The kept answers' bytes are what Jackson itself writes, for each answer its own — never an earlier answer's. */
class KeptAnswerJsonTest
{
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module());
    private final KeptAnswerJson kept = new KeptAnswerJson(mapper);
    private final MappingJackson2HttpMessageConverter jackson = new MappingJackson2HttpMessageConverter(mapper);

    @Test
    void writesWhatJacksonWritesWithItsLength()
            throws IOException
    {
        FamilyData answer = answer(5, 6);

        MockHttpOutputMessage first = write(kept, answer);
        MockHttpOutputMessage again = write(kept, answer);

        String expected = write(jackson, answer).getBodyAsString(StandardCharsets.UTF_8);
        assertThat(first.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo(expected).contains("\"numerator\":5", "组织覆盖率", "全园区");
        assertThat(again.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(first.getHeaders().getContentLength()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void writesANewAnswerAfreshEvenWhenItEqualsAnEarlierOne()
            throws IOException
    {
        write(kept, answer(5, 6));

        assertThat(write(kept, answer(7, 8)).getBodyAsString(StandardCharsets.UTF_8)).contains("\"numerator\":7", "\"denominator\":8")
                .doesNotContain("\"numerator\":5");
        assertThat(write(kept, answer(5, 6)).getBodyAsString(StandardCharsets.UTF_8)).contains("\"numerator\":5");
    }

    @Test
    void writesAnythingElseAsJacksonDoes()
            throws IOException
    {
        Map<String, Object> problem = Map.of("code", "BAD_MONTH", "detail", "月份「2025-13」无效");

        assertThat(write(kept, problem).getBodyAsString(StandardCharsets.UTF_8)).isEqualTo(write(jackson, problem).getBodyAsString(StandardCharsets.UTF_8));
    }

    private static FamilyData answer(long numerator, long denominator)
    {
        Kpi card = new Kpi("orgCoverage", "组织覆盖率", Kpi.Kind.RATE, Optional.of((double) numerator / denominator), Optional.of(numerator),
                Optional.of(denominator), Optional.empty(), Optional.empty(), List.of(new Kpi.Point("2026-10", 0.5)), Optional.empty(),
                Optional.of("coverage.covered"), Optional.empty());
        return new FamilyData("overview", "2026-10", "2026年10月", "全园区", Optional.empty(), List.of(card), Map.of(), Optional.empty());
    }

    private static MockHttpOutputMessage write(MappingJackson2HttpMessageConverter converter, Object value)
            throws IOException
    {
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        converter.write(value, MediaType.APPLICATION_JSON, output);
        return output;
    }
}
