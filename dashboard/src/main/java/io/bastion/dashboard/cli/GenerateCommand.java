package io.bastion.dashboard.cli;

import io.bastion.ingest.simulation.GeneratorSettings;
import io.bastion.ingest.simulation.Manifest;
import io.bastion.ingest.simulation.ParkGenerator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/** {@code generate --scale N --seed S --out DIR}: writes a simulated park's files and says where and how many. */
final class GenerateCommand
{
    private final PrintStream out;
    private final PrintStream err;

    GenerateCommand(PrintStream out, PrintStream err)
    {
        this.out = out;
        this.err = err;
    }

    int run(int scale, long seed, Path folder)
    {
        Manifest manifest;
        try {
            manifest = generate(scale, seed, folder);
        }
        catch (IllegalArgumentException e) {
            err.println("无法生成 / cannot generate: " + e.getMessage());
            return Command.USAGE;
        }
        catch (UncheckedIOException e) {
            err.println("写入失败 / cannot write: " + e.getMessage());
            return Command.FAILURE;
        }
        Path where = folder.toAbsolutePath().normalize();
        out.printf(Locale.ROOT, "已在 %s 生成 %,d 个文件（xlsx %,d，csv %,d，json %,d），另有 manifest.json%n",
                where, manifest.files().total(), manifest.files().xlsx(), manifest.files().csv(), manifest.files().json());
        out.printf(Locale.ROOT, "wrote %,d files to %s (xlsx %,d, csv %,d, json %,d), plus manifest.json%n",
                manifest.files().total(), where, manifest.files().xlsx(), manifest.files().csv(), manifest.files().json());
        return Command.SUCCESS;
    }

    /** The one place that calls the simulated park's generator. */
    static Manifest generate(int scale, long seed, Path folder)
    {
        return ParkGenerator.generate(new GeneratorSettings(scale, seed, folder));
    }
}
