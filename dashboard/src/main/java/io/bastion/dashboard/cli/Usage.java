package io.bastion.dashboard.cli;

/** The launcher's usage text, in Chinese and English. */
final class Usage
{
    static final String TEXT = """
            Bastion — 园区党建数据仓库与驾驶舱 / the park Party Working Committee's data warehouse and dashboard

            用法 / Usage:
              ./bastion [serve] [--name=value ...]
                  启动驾驶舱网页服务（默认端口 8080）
                  serve the dashboard (port 8080 by default)
              ./bastion ingest DIR|FILE ... [--name=value ...]
                  将文件或文件夹一次性入库（不启动网页服务）；退出码 0 成功，1 失败，2 参数有误
                  ingest files or folders once, without a web server; exit code 0 success, 1 failure, 2 bad usage
              ./bastion analyze [--name=value ...]
                  计算全部指标并装入指标表（Spark，默认本机模式；输入未变时跳过）；退出码 0 成功，1 失败
                  compute every KPI into the marts (Spark, local mode by default; skipped when the input is unchanged); exit 0 or 1
              ./bastion report [--month YYYY-MM] --out DIR [--name=value ...]
                  生成某月（默认上月）的联系点工作进展月报（HTML、PDF、Excel）到 DIR，并存档为新版本；服务运行时仓库被锁定，须先停止服务
                  build a month's liaison-progress report (default: last month) into DIR and archive it as a new version; stop the server first
              ./bastion generate --scale N --seed S --out DIR
                  在 DIR（须为空或不存在）中生成模拟园区的报送文件，N 为园区数（1–100）
                  write a simulated park's files into DIR (empty or new); N is the number of parks (1–100)
              ./bastion demo [--name=value ...]
                  若 ./data/park 中没有 manifest.json，则生成一个模拟园区（规模 1，种子 42），入库、计算指标后启动网页服务
                  generate a simulated park into ./data/park unless it has a manifest.json, ingest and analyse it, then serve
              ./bastion sql "SELECT …" [--format csv|table] [--name=value ...]
                  在已发布的分析员快照上执行一条只读查询（与分析台同样的限制），输出 CSV 或表格
                  run one read-only query on the published analyst snapshot (the workbench's rules), print CSV or a table
              ./bastion help
                  显示本说明 / show this text

            设置 / Settings (--name=value, or environment variables such as BASTION_WAREHOUSE):
              --bastion.warehouse=./data/warehouse.duckdb   仓库文件 / the DuckDB warehouse file
              --bastion.archive=./data/archive              归档文件夹 / archive of every received file
              --bastion.inbox=./data/inbox                  投递文件夹 / drop folder
              --bastion.analysis.spark-master=local[*]      Spark 主节点 / local[*] or spark://host:7077
              --bastion.analysis.lake=./data/lake           数据湖文件夹 / the Parquet lake (shared with a cluster)
              --bastion.analysis.after-ingest=true          入库后自动计算指标 / analyse after each ingestion
              --server.port=8080                            网页服务端口 / web server port
            """;

    private Usage() {}
}
