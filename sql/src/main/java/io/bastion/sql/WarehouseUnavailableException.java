package io.bastion.sql;

import java.nio.file.Path;
import java.sql.SQLException;

/** The warehouse file could not be opened, most often because another process holds it. */
public final class WarehouseUnavailableException
        extends RuntimeException
{
    private WarehouseUnavailableException(String message, SQLException cause)
    {
        super(message, cause);
    }

    static WarehouseUnavailableException whileOpening(Path file, SQLException cause)
    {
        String detail = cause.getMessage() == null ? "" : cause.getMessage();
        if (detail.contains("lock")) {
            return new WarehouseUnavailableException(
                    "仓库文件 " + file + " 正被另一个进程使用（多半是正在运行的 Bastion 服务）：请通过服务的上传接口或投递目录提交文件，或先停止服务。"
                            + " / The warehouse file " + file + " is held by another process (most likely a running Bastion server):"
                            + " submit files through the server's upload endpoint or drop folder, or stop the server first.",
                    cause);
        }
        return new WarehouseUnavailableException(
                "无法打开仓库文件 " + file + "：" + detail + " / Cannot open the warehouse file " + file + ": " + detail,
                cause);
    }
}
