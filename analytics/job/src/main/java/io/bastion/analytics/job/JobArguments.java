package io.bastion.analytics.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * The command line of {@link AnalysisJob}:
 * {@code --lake <dir|url> --out <dir|url> [--master local[*]|spark://…] [--party-lectures-per-quarter N] [--from-month yyyymm]
 * [--conf key=value]…}.
 *
 * @param lake where the warehouse tables were exported as Parquet
 * @param out where each mart is written, as {@code <out>/<mart_table>/}
 * @param master the Spark master URL
 * @param settings the park's rules
 * @param fromMonth the first month (yyyymm) to recompute; empty: every month
 * @param conf further Spark settings, applied last so they override the job's defaults
 */
public record JobArguments(String lake, String out, String master, AnalysisSettings settings, OptionalInt fromMonth, Map<String, String> conf)
{
    public static final String DEFAULT_MASTER = "local[*]";
    public static final String USAGE = "用法 / usage: AnalysisJob --lake <dir|url> --out <dir|url> [--master local[*]|spark://host:port]"
            + " [--party-lectures-per-quarter N] [--from-month yyyymm] [--conf key=value]…";

    public JobArguments
    {
        requireNonNull(lake, "lake is null");
        requireNonNull(out, "out is null");
        requireNonNull(master, "master is null");
        requireNonNull(settings, "settings is null");
        requireNonNull(fromMonth, "fromMonth is null");
        conf = Map.copyOf(conf);
    }

    /** Reads the command line; a wrong one throws {@link IllegalArgumentException} with a bilingual message. */
    public static JobArguments parse(String... args)
    {
        String lake = null;
        String out = null;
        String master = DEFAULT_MASTER;
        AnalysisSettings settings = AnalysisSettings.defaults();
        OptionalInt fromMonth = OptionalInt.empty();
        Map<String, String> conf = new LinkedHashMap<>();
        for (int index = 0; index < args.length; index += 2) {
            String option = args[index];
            if (index + 1 >= args.length) {
                throw wrong("选项 " + option + " 缺少取值", "option " + option + " needs a value");
            }
            String value = args[index + 1];
            switch (option) {
                case "--lake" -> lake = value;
                case "--out" -> out = value;
                case "--master" -> master = value;
                case "--party-lectures-per-quarter" -> settings = new AnalysisSettings(integer(option, value));
                case "--from-month" -> fromMonth = OptionalInt.of(month(option, value));
                case "--conf" -> putConf(conf, value);
                default -> throw wrong("未知选项 " + option, "unknown option " + option);
            }
        }
        if (lake == null || lake.isBlank()) {
            throw wrong("缺少 --lake", "--lake is missing");
        }
        if (out == null || out.isBlank()) {
            throw wrong("缺少 --out", "--out is missing");
        }
        return new JobArguments(lake, out, master, settings, fromMonth, conf);
    }

    /** One {@code --conf key=value} into {@code conf}; anything but key=value throws with a bilingual message. */
    static void putConf(Map<String, String> conf, String value)
    {
        int equals = value.indexOf('=');
        if (equals <= 0) {
            throw wrong("--conf 的取值应为 key=value，实际为 " + value, "--conf takes key=value, got " + value);
        }
        conf.put(value.substring(0, equals), value.substring(equals + 1));
    }

    private static int integer(String option, String value)
    {
        try {
            return Integer.parseInt(value);
        }
        catch (NumberFormatException e) {
            throw wrong(option + " 应为整数，实际为 " + value, option + " takes a whole number, got " + value);
        }
    }

    private static int month(String option, String value)
    {
        int month = integer(option, value);
        if (month < 100001 || month > 999912 || month % 100 < 1 || month % 100 > 12) {
            throw wrong(option + " 应为年月 yyyymm（如 202610），实际为 " + value, option + " takes a month as yyyymm (such as 202610), got " + value);
        }
        return month;
    }

    private static IllegalArgumentException wrong(String chinese, String english)
    {
        return new IllegalArgumentException(chinese + " / " + english + "\n" + USAGE);
    }
}
