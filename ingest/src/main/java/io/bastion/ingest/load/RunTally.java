package io.bastion.ingest.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a run has done: those it received, and the archived files of earlier runs it processed
 * again. A file received in the run and processed again at its end keeps one outcome, the last.
 */
final class RunTally
{
    private final int received;
    private final RunLog.Progress start;
    private final List<FileOutcome> files = new ArrayList<>();
    private final Map<String, Integer> fileIndex = new HashMap<>();
    private final List<FileOutcome> reprocessed = new ArrayList<>();
    private final Map<String, Integer> reprocessedIndex = new HashMap<>();

    RunTally(int received, RunLog.Progress start)
    {
        this.received = received;
        this.start = start;
    }

    private RunTally(RunTally other)
    {
        this(other.received, other.start);
        files.addAll(other.files);
        fileIndex.putAll(other.fileIndex);
        reprocessed.addAll(other.reprocessed);
        reprocessedIndex.putAll(other.reprocessedIndex);
    }

    /** Files done without being loaded: refused by the plan, or duplicates. */
    void add(List<FileOutcome> outcomes)
    {
        files.addAll(outcomes);
    }

    /** A batch's outcomes, one per part of each delivery in order, as the loader returns them. */
    void add(List<Delivery> batch, List<FileOutcome> outcomes)
    {
        int next = 0;
        for (Delivery delivery : batch) {
            for (Part part : delivery.parts()) {
                FileOutcome outcome = outcomes.get(next++);
                String identity = Ingestion.identity(part);
                Integer asReceived = fileIndex.get(identity);
                if (delivery.reprocess().isEmpty()) {
                    fileIndex.put(identity, files.size());
                    files.add(outcome);
                }
                else if (asReceived != null) {
                    FileOutcome first = files.get(asReceived);
                    files.set(asReceived, new FileOutcome(first.fileName(), first.path(), outcome.outcome(), outcome.rowsRead(), outcome.rowsLoaded(),
                            outcome.rowsRejected(), outcome.chinese(), outcome.english()));
                }
                else if (reprocessedIndex.containsKey(identity)) {
                    reprocessed.set(reprocessedIndex.get(identity), outcome);
                }
                else {
                    reprocessedIndex.put(identity, reprocessed.size());
                    reprocessed.add(outcome);
                }
            }
        }
    }

    /** The progress once the batch's outcomes are added, without adding them (the batch is not committed yet). */
    RunLog.Progress progressWith(List<Delivery> batch, List<FileOutcome> outcomes)
    {
        RunTally after = new RunTally(this);
        after.add(batch, outcomes);
        return after.progress();
    }

    RunLog.Progress progress()
    {
        List<FileOutcome> all = new ArrayList<>(files);
        all.addAll(reprocessed);
        return start.counting(received + reprocessed.size(), all);
    }

    List<FileOutcome> files()
    {
        return List.copyOf(files);
    }

    List<FileOutcome> reprocessed()
    {
        return List.copyOf(reprocessed);
    }
}
