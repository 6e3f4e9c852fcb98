package io.bastion.dashboard;

import io.bastion.sql.WarehouseUnavailableException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly, instead of a stack trace, that the warehouse file is held by another process. */
final class WarehouseUnavailableFailureAnalyzer
        extends AbstractFailureAnalyzer<WarehouseUnavailableException>
{
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WarehouseUnavailableException cause)
    {
        return new FailureAnalysis(cause.getMessage(),
                "停止占用该文件的 Bastion 进程，或用 --bastion.warehouse=… 指定另一个仓库文件。"
                        + " / Stop the Bastion process that holds the file, or point --bastion.warehouse=… at another warehouse file.",
                cause);
    }
}
