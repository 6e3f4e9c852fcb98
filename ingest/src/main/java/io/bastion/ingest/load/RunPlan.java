package io.bastion.ingest.load;

import io.bastion.ingest.archive.Archive;
import io.bastion.ingest.format.FileError;
import io.bastion.ingest.format.FileName;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.load.FileOutcome.Outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a run will do before it reads anything: the files found (folders walked, hidden ones
 * skipped), grouped into deliveries (a CSV submission's three parts together) in load order —
 * by period, registry first — and the files refused by name, kind (links are) or size alone.
 */
record RunPlan(int fileCount, List<Delivery> deliveries, List<FileOutcome> refused)
{
    RunPlan
    {
        deliveries = List.copyOf(deliveries);
        refused = List.copyOf(refused);
    }

    static RunPlan of(List<Path> inputs, long maxFileBytes)
    {
        return plan(discover(inputs), maxFileBytes);
    }

    /** The files of the run as deliveries in load order, and the files refused before any reading. */
    private static RunPlan plan(List<Path> files, long maxFileBytes)
    {
        List<FileOutcome> refused = new ArrayList<>();
        Map<String, List<Part>> csvGroups = new LinkedHashMap<>();
        List<Delivery> deliveries = new ArrayList<>();
        // A CSV part refused for its size (an empty one) leaves its siblings waiting: they say it was refused, not that it has not arrived.
        Map<String, Part> refusedParts = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Optional<FileName> parsed = FileName.parse(name);
            if (parsed.isEmpty()) {
                FileRejectedException why = FileName.unrecognized(name);
                refused.add(refusal(file, why.error() == FileError.UNRECOGNIZED_NAME ? Outcome.SKIPPED : Outcome.REJECTED, why));
                continue;
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                // A link would archive whatever it points to, anywhere on the machine.
                refused.add(refusal(file, Outcome.REJECTED, new FileRejectedException(FileError.NOT_REGULAR_FILE, name,
                        Files.isSymbolicLink(file) ? "这是一个符号链接" : "这不是普通文件", Files.isSymbolicLink(file) ? "it is a symbolic link" : "it is not a regular file")));
                continue;
            }
            Optional<FileRejectedException> sizeProblem = checkSize(file, name, maxFileBytes);
            Part part = new Part(file, parsed.get(), new Archive.ArchivedCopy("", "", 0));
            if (sizeProblem.isPresent()) {
                refused.add(refusal(file, Outcome.REJECTED, sizeProblem.get()));
                parsed.get().csvPart().ifPresent(table -> refusedParts.put(file.getParent() + "|" + parsed.get().key() + "|" + table, part));
                continue;
            }
            if (parsed.get().csvPart().isPresent()) {
                csvGroups.computeIfAbsent(file.getParent() + "|" + parsed.get().key(), key -> new ArrayList<>()).add(part);
                continue;
            }
            deliveries.add(Delivery.received(0, parsed.get(), List.of(part)));
        }
        for (Map.Entry<String, List<Part>> entry : csvGroups.entrySet()) {
            List<Part> group = entry.getValue();
            Set<InputTable> present = new HashSet<>();
            group.forEach(part -> present.add(part.name().csvPart().orElseThrow()));
            if (present.size() < 3 || group.size() != 3) {
                List<String> missing = new ArrayList<>();
                List<String> missingEnglish = new ArrayList<>();
                for (InputTable table : missingParts(present)) {
                    Optional<Part> refusedPart = Optional.ofNullable(refusedParts.get(entry.getKey() + "|" + table));
                    missing.add(refusedPart.map(p -> "「" + table.sheetName() + "」被拒收（见文件「" + p.name().original() + "」的说明）")
                            .orElse("还缺少「" + table.sheetName() + "」"));
                    missingEnglish.add(refusedPart.map(p -> "the part " + table.sheetName() + " was refused (see the message for '" + p.name().original() + "')")
                            .orElse("the part " + table.sheetName() + " has not arrived"));
                }
                for (Part part : group) {
                    refused.add(refusal(part.source(), Outcome.WAITING, new FileRejectedException(FileError.INCOMPLETE_SUBMISSION, part.name().original(),
                            String.join("，", missing) + "；同一报送的三个 CSV 须一起到达",
                            String.join("; ", missingEnglish) + "; the three CSV parts of a submission must arrive together")));
                }
                continue;
            }
            group.sort(Comparator.comparing(part -> part.name().csvPart().orElseThrow()));
            deliveries.add(Delivery.received(0, group.get(0).name(), group));
        }
        deliveries.sort(Comparator.comparingInt((Delivery d) -> d.name().sortMonth())
                .thenComparingInt(d -> d.kind().order())
                .thenComparing(d -> d.parts().get(0).source().toString()));
        List<Delivery> ordered = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery d = deliveries.get(i);
            ordered.add(Delivery.received(i, d.name(), d.parts()));
        }
        return new RunPlan(files.size(), ordered, refused);
    }

    private static List<InputTable> missingParts(Set<InputTable> present)
    {
        return List.of(InputTable.ORGANIZATION, InputTable.PEOPLE, InputTable.ORGANIZATION_LIFE).stream()
                .filter(table -> !present.contains(table))
                .toList();
    }

    private static Optional<FileRejectedException> checkSize(Path file, String name, long maxFileBytes)
    {
        try {
            long size = Files.size(file);
            if (size == 0) {
                return Optional.of(new FileRejectedException(FileError.EMPTY_FILE, name, "", ""));
            }
            if (size > maxFileBytes) {
                long limit = maxFileBytes / (1024 * 1024);
                return Optional.of(new FileRejectedException(FileError.TOO_LARGE, name,
                        "大小 " + size / (1024 * 1024) + " MB，上限 " + limit + " MB", "it has " + size / (1024 * 1024) + " MB, the limit is " + limit + " MB"));
            }
            return Optional.empty();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileOutcome refusal(Path file, Outcome outcome, FileRejectedException error)
    {
        return new FileOutcome(file.getFileName().toString(), file.toString(), outcome, 0, 0, 0, error.chinese(), error.english());
    }

    /**
     * The files under the inputs. No link is followed, neither an input nor one inside a folder: each
     * is listed as it is, so that the plan refuses it with a reason (a caller that means to read a
     * linked folder, as the command line does, resolves it first).
     */
    private static List<Path> discover(List<Path> inputs)
    {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    walk(input, files);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            else {
                files.add(input);
            }
        }
        return files;
    }

    private static void walk(Path root, List<Path> files)
            throws IOException
    {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(path -> !hidden(root.relativize(path)))
                    .sorted()
                    .forEach(files::add);
        }
    }

    /** Hidden files and folders (a leading dot), such as the drop folder's own bookkeeping. */
    private static boolean hidden(Path relative)
    {
        for (Path element : relative) {
            if (element.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
