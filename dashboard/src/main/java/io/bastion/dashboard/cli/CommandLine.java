package io.bastion.dashboard.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the launcher's arguments into a {@link Command}; arguments of the form {@code --name=value} are Spring settings. */
public final class CommandLine
{
    private CommandLine() {}

    public static Command parse(String... arguments)
    {
        List<String> all = List.of(arguments);
        if (all.isEmpty() || isSetting(all.get(0))) {
            return serve(all);
        }
        String command = all.get(0);
        List<String> rest = all.subList(1, all.size());
        return switch (command) {
            case "serve" -> serve(rest);
            case "ingest" -> ingest(rest);
            case "generate" -> generate(rest);
            case "demo" -> demo(rest);
            case "analyze" -> analyze(rest);
            case "sql" -> sql(rest);
            case "report" -> report(rest);
            case "help", "--help", "-h" -> new Command.Help();
            default -> new Command.BadUsage("未知命令「" + command + "」", "unknown command '" + command + "'");
        };
    }

    private static Command serve(List<String> arguments)
    {
        return settingsOnly(arguments, "serve").orElseGet(() -> new Command.Serve(arguments));
    }

    private static Command sql(List<String> arguments)
    {
        String statement = null;
        boolean table = false;
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--format") && i + 1 < arguments.size()) {
                String format = arguments.get(++i);
                if (!format.equals("table") && !format.equals("csv")) {
                    return new Command.BadUsage("--format 只能是 csv 或 table，而不是「" + format + "」", "--format is csv or table, not '" + format + "'");
                }
                table = format.equals("table");
            }
            else if (argument.startsWith("--format=")) {
                return sql(concat(arguments.subList(0, i), List.of("--format", argument.substring("--format=".length())), arguments.subList(i + 1, arguments.size())));
            }
            else if (isSetting(argument)) {
                settings.add(argument);
            }
            else if (statement == null && !argument.startsWith("--")) {
                statement = argument;
            }
            else {
                return new Command.BadUsage("sql 只接受一条语句（加引号）、--format 和 --名称=值 设置，而不是「" + argument + "」",
                        "sql takes one quoted statement, --format and --name=value settings, not '" + argument + "'");
            }
        }
        if (statement == null || statement.isBlank()) {
            return new Command.BadUsage("sql 需要一条 SQL 语句", "sql needs an SQL statement");
        }
        return new Command.Sql(statement, table, settings);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts)
    {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static Command analyze(List<String> arguments)
    {
        return settingsOnly(arguments, "analyze").orElseGet(() -> new Command.Analyze(arguments));
    }

    private static Command demo(List<String> arguments)
    {
        return settingsOnly(arguments, "demo").orElseGet(() -> new Command.Demo(arguments));
    }

    private static Optional<Command> settingsOnly(List<String> arguments, String command)
    {
        return arguments.stream()
                .filter(argument -> !isSetting(argument))
                .findFirst()
                .map(argument -> new Command.BadUsage(command + " 只接受 --名称=值 形式的设置，而不是「" + argument + "」",
                        command + " takes only settings of the form --name=value, not '" + argument + "'"));
    }

    private static Command ingest(List<String> arguments)
    {
        List<Path> inputs = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        for (String argument : arguments) {
            if (isSetting(argument)) {
                settings.add(argument);
            }
            else if (argument.startsWith("--")) {
                return new Command.BadUsage("ingest 不认识选项「" + argument + "」", "ingest has no option '" + argument + "'");
            }
            else {
                inputs.add(Path.of(argument));
            }
        }
        if (inputs.isEmpty()) {
            return new Command.BadUsage("ingest 需要至少一个文件或文件夹", "ingest needs at least one file or folder");
        }
        return new Command.Ingest(inputs, settings);
    }

    private static Command report(List<String> arguments)
    {
        String month = null;
        Path out = null;
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (isSetting(argument) && !argument.startsWith("--month=") && !argument.startsWith("--out=")) {
                settings.add(argument);
                continue;
            }
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            String value;
            if (argument.contains("=")) {
                value = argument.substring(argument.indexOf('=') + 1);
            }
            else if (i + 1 < arguments.size()) {
                value = arguments.get(++i);
            }
            else {
                return new Command.BadUsage("选项 " + name + " 缺少取值", "option " + name + " needs a value");
            }
            switch (name) {
                case "--month" -> {
                    if (!value.matches("\\d{4}-(0[1-9]|1[0-2])")) {
                        return new Command.BadUsage("月份应写作 YYYY-MM，而不是「" + value + "」", "the month is written YYYY-MM, not '" + value + "'");
                    }
                    month = value;
                }
                case "--out" -> out = Path.of(value);
                default -> {
                    return new Command.BadUsage("report 不认识选项「" + name + "」", "report has no option '" + name + "'");
                }
            }
        }
        if (out == null) {
            return new Command.BadUsage("report 需要 --out 文件夹", "report needs --out DIR");
        }
        return new Command.Report(Optional.ofNullable(month), out, settings);
    }

    private static Command generate(List<String> arguments)
    {
        Integer scale = null;
        Long seed = null;
        Path out = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            String value;
            if (argument.contains("=")) {
                value = argument.substring(argument.indexOf('=') + 1);
            }
            else if (i + 1 < arguments.size()) {
                value = arguments.get(++i);
            }
            else {
                return new Command.BadUsage("选项 " + name + " 缺少取值", "option " + name + " needs a value");
            }
            try {
                switch (name) {
                    case "--scale" -> scale = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--out" -> out = Path.of(value);
                    default -> {
                        return new Command.BadUsage("generate 不认识选项「" + name + "」", "generate has no option '" + name + "'");
                    }
                }
            }
            catch (NumberFormatException e) {
                return new Command.BadUsage("选项 " + name + " 应为整数，而不是「" + value + "」", "option " + name + " takes a whole number, not '" + value + "'");
            }
        }
        if (scale == null || seed == null || out == null) {
            return new Command.BadUsage("generate 需要 --scale、--seed 和 --out", "generate needs --scale, --seed and --out");
        }
        return new Command.Generate(scale, seed, out);
    }

    private static boolean isSetting(String argument)
    {
        return argument.startsWith("--") && argument.indexOf('=') > 2;
    }
}
