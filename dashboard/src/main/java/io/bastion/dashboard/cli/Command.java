package io.bastion.dashboard.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** One command of the launcher, as parsed from its arguments; running it gives the process's exit code. */
public sealed interface Command
        permits Command.Serve, Command.Ingest, Command.Analyze, Command.Generate, Command.Demo, Command.Sql, Command.Report, Command.Help, Command.BadUsage
{
    int SUCCESS = 0;
    int FAILURE = 1;
    int USAGE = 2;

    int run(PrintStream out, PrintStream err);

    /** Serves the dashboard; Spring arguments such as {@code --server.port=9090} pass through. */
    record Serve(List<String> springArguments)
            implements Command
    {
        public Serve
        {
            springArguments = List.copyOf(springArguments);
        }

        @Override
        public int run(PrintStream out, PrintStream err)
        {
            throw new UnsupportedOperationException("serve keeps running; BastionApplication starts it");
        }
    }

    /** Ingests files and folders once, without a web server. */
    record Ingest(List<Path> inputs, List<String> springArguments)
            implements Command
    {
        public Ingest
        {
            inputs = List.copyOf(inputs);
            springArguments = List.copyOf(springArguments);
        }

        @Override
        public int run(PrintStream out, PrintStream err)
        {
            return new IngestCommand(out, err).run(inputs, springArguments);
        }
    }

    /** Computes the KPIs into the marts once (Spark as configured), without a web server. */
    record Analyze(List<String> springArguments)
            implements Command
    {
        public Analyze
        {
            springArguments = List.copyOf(springArguments);
        }

        @Override
        public int run(PrintStream out, PrintStream err)
        {
            return new AnalyzeCommand(out, err).run(springArguments);
        }
    }

    /** Builds the monthly liaison-progress report of a month (default: the previous one) into a folder, and archives it as a new version. */
    record Report(java.util.Optional<String> month, Path out, List<String> springArguments)
            implements Command
    {
        public Report
        {
            requireNonNull(month, "month is null");
            requireNonNull(out, "out is null");
            springArguments = List.copyOf(springArguments);
        }

        @Override
        public int run(PrintStream out, PrintStream err)
        {
            return new ReportCommand(out, err).run(month, this.out, springArguments);
        }
    }

    /** Writes a simulated park's files. */
    record Generate(int scale, long seed, Path out)
            implements Command
    {
        public Generate
        {
            requireNonNull(out, "out is null");
        }

        @Override
        public int run(PrintStream out, PrintStream err)
        {
            return new GenerateCommand(out, err).run(scale, seed, this.out);
        }
    }

    /** Generates a park into ./data/park if there is none, ingests it, and serves. */
    record Demo(List<String> springArguments)
            implements Command
    {
        public Demo
        {
            springArguments = List.copyOf(springArguments);
        }

        @Override
        public int run(PrintStream out, PrintStream err)
        {
            return new DemoCommand(out, err).run(springArguments);
        }
    }

    /** Runs one SQL statement on the published analyst snapshot and prints CSV, or an aligned table. */
    record Sql(String sql, boolean table, List<String> springArguments)
            implements Command
    {
        public Sql
        {
            requireNonNull(sql, "sql is null");
            springArguments = List.copyOf(springArguments);
        }

        @Override
        public int run(PrintStream out, PrintStream err)
        {
            return new SqlCommand(out, err).run(sql, table, springArguments);
        }
    }

    /** Prints the usage text. */
    record Help()
            implements Command
    {
        @Override
        public int run(PrintStream out, PrintStream err)
        {
            out.print(Usage.TEXT);
            return SUCCESS;
        }
    }

    /** The arguments made no sense: says why, then the usage text. */
    record BadUsage(String chinese, String english)
            implements Command
    {
        public BadUsage
        {
            requireNonNull(chinese, "chinese is null");
            requireNonNull(english, "english is null");
        }

        @Override
        public int run(PrintStream out, PrintStream err)
        {
            err.println("参数有误：" + chinese);
            err.println("Bad arguments: " + english);
            err.println();
            err.print(Usage.TEXT);
            return USAGE;
        }
    }
}
