package io.bastion.ingest.format;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The spellings of a date, a yes/no and an id number that senders use, read as a person reads them (expected values worked by hand). */
class ValuesTest
{
    @Test
    void readsTheDateSpellingsSendersUse()
    {
        LocalDate march5 = LocalDate.of(2025, 3, 5);
        for (String spelling : new String[] {"2025-03-05", "2025-3-5", "2025/3/5", "2025/03/05", "2025.3.5", "2025年3月5日", "2025年3月5",
                "２０２５－３－５", "2025-3-5 0:00", "2025/3/5 00:00:00", "2025-03-05T08:30", " 2025 年 3 月 5 日 ", "45721", "45721.0", "45721.000"}) {
            assertThat(Values.date(spelling)).as(spelling).contains(march5);
        }
        assertThat(Values.date("61")).contains(LocalDate.of(1900, 3, 1));
        assertThat(Values.date("73050")).contains(LocalDate.of(2099, 12, 31));
    }

    @Test
    void refusesWhatIsNotADate()
    {
        for (String spelling : new String[] {"2025-3/5", "2025/3-5", "2025年3-5", "2025年3月5日日", "2025-003-05", "2025-3-005", "2025--5",
                "25-3-5", "20250305", "2025-13-01", "2025-02-30", "2025年13月1日", "60", "73051", "45721.5", "1234567", "2025-3-5x", "", "三月五日"}) {
            assertThat(Values.date(spelling)).as(spelling).isEqualTo(Optional.empty());
        }
    }

    @Test
    void readsYesAndNoInTheirEverydaySpellings()
    {
        assertThat(Values.yesNo("Y")).contains(true);
        assertThat(Values.yesNo("ｎｏ")).contains(false);
        assertThat(Values.yesNo("√")).contains(true);
        assertThat(Values.yesNo("也许")).isEmpty();
    }

    @Test
    void compactsCodesAsTheirValidatorsCompareThem()
    {
        assertThat(Values.code("320501 19900307 001x")).isEqualTo("32050119900307001X");
        assertThat(Values.code("３２０５０１-199003070011")).isEqualTo("320501199003070011");
        assertThat(Values.code("320501199003070011")).isEqualTo("320501199003070011");
    }
}
