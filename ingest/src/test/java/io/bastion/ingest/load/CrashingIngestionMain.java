package io.bastion.ingest.load;

import io.bastion.sql.Warehouse;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs one ingestion in a child process and freezes it at a chosen point, so that a test can kill
 * it there with SIGKILL. Arguments: warehouse, archive, input folder, stage, occurrence, rows per
 * transaction. Prints "COMMITTED n" after each commit and "PAUSED" when frozen.
 */
public final class CrashingIngestionMain
{
    private CrashingIngestionMain() {}

    public static void main(String[] args)
            throws InterruptedException
    {
        Path warehousePath = Path.of(args[0]);
        Path archive = Path.of(args[1]);
        Path input = Path.of(args[2]);
        IngestionListener.Stage pauseAt = args[3].equals("NONE") ? null : IngestionListener.Stage.valueOf(args[3]);
        int occurrence = Integer.parseInt(args[4]);
        int rowsPerTransaction = Integer.parseInt(args[5]);
        Warehouse warehouse = Warehouse.open(warehousePath);
        IngestSettings settings = new IngestSettings(archive, IngestSettings.DEFAULT_MAX_FILE_BYTES, IngestSettings.DEFAULT_MAX_UNCOMPRESSED_BYTES,
                rowsPerTransaction, 2);
        Ingestion ingestion = new Ingestion(warehouse, settings);
        ingestion.ingest(List.of(input), "crash-test", new IngestionListener()
        {
            private int seen;
            private int files;

            @Override
            public void reached(Stage stage)
            {
                if (stage == pauseAt && ++seen == occurrence) {
                    System.out.println("PAUSED");
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    }
                    catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void progress(RunProgress progress)
            {
                files = progress.filesDone();
                System.out.println("COMMITTED " + files);
                System.out.flush();
            }
        });
        System.out.println("DONE");
        System.out.flush();
        warehouse.close();
    }
}
