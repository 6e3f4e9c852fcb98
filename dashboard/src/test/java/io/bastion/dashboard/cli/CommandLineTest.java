package io.bastion.dashboard.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest
{
    @Test
    void servesWithoutACommand()
    {
        assertThat(CommandLine.parse()).isEqualTo(new Command.Serve(List.of()));
        assertThat(CommandLine.parse("--server.port=9090")).isEqualTo(new Command.Serve(List.of("--server.port=9090")));
    }

    @Test
    void readsIngestInputsAndSettings()
    {
        assertThat(CommandLine.parse("ingest", "inbox", "one.xlsx", "--bastion.warehouse=/tmp/w.duckdb"))
                .isEqualTo(new Command.Ingest(List.of(Path.of("inbox"), Path.of("one.xlsx")), List.of("--bastion.warehouse=/tmp/w.duckdb")));
    }

    @Test
    void readsAnalyzeWithSettingsOnly()
    {
        assertThat(CommandLine.parse("analyze", "--bastion.analysis.spark-master=spark://127.0.0.1:7077"))
                .isEqualTo(new Command.Analyze(List.of("--bastion.analysis.spark-master=spark://127.0.0.1:7077")));
        assertThat(CommandLine.parse("analyze", "now")).isInstanceOf(Command.BadUsage.class);
    }

    @Test
    void readsGenerateOptionsInBothForms()
    {
        assertThat(CommandLine.parse("generate", "--scale", "2", "--seed=7", "--out", "park"))
                .isEqualTo(new Command.Generate(2, 7, Path.of("park")));
    }

    @Test
    void refusesBadUsageWithExitCodeTwo()
    {
        assertThat(CommandLine.parse("ingest")).isInstanceOf(Command.BadUsage.class);
        assertThat(CommandLine.parse("generate", "--scale", "many", "--seed", "1", "--out", "x")).isInstanceOf(Command.BadUsage.class);
        assertThat(CommandLine.parse("generate", "--seed", "1")).isInstanceOf(Command.BadUsage.class);
        assertThat(CommandLine.parse("frobnicate")).isInstanceOf(Command.BadUsage.class);
        assertThat(CommandLine.parse("serve", "extra")).isInstanceOf(Command.BadUsage.class);
        assertThat(new Command.BadUsage("错", "wrong").run(System.out, System.err)).isEqualTo(Command.USAGE);
    }

    @Test
    void showsHelp()
    {
        assertThat(CommandLine.parse("help")).isEqualTo(new Command.Help());
        assertThat(Usage.TEXT).contains("用法 / Usage").contains("./bastion ingest DIR|FILE").contains("./bastion analyze");
    }
}
