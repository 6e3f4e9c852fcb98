package io.bastion.dashboard.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A family's data as a downloaded .xlsx: a sheet for the cards and one for every chart's and list's table. */
public final class XlsxResponse
{
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private XlsxResponse()
    {
    }

    public static ResponseEntity<StreamingResponseBody> of(String family, FamilyData data)
    {
        List<DataTable> tables = new ArrayList<>();
        if (!data.kpis().isEmpty()) {
            DataTable.Builder cards = DataTable.builder("kpis", "指标 KPIs")
                    .column("label", "指标", DataTable.Kind.TEXT)
                    .column("value", "数值", DataTable.Kind.NUMBER)
                    .column("numerator", "分子", DataTable.Kind.COUNT)
                    .column("denominator", "分母", DataTable.Kind.COUNT)
                    .column("target", "目标", DataTable.Kind.NUMBER)
                    .column("previous", "上月", DataTable.Kind.NUMBER);
            data.kpis().forEach(kpi -> cards.row(kpi.label(), kpi.value().orElse(null), kpi.numerator().orElse(null), kpi.denominator().orElse(null),
                    kpi.target().orElse(null), kpi.previous().orElse(null)));
            tables.add(cards.build());
        }
        tables.addAll(data.tables().values());
        return download(family + "_" + data.month() + data.orgCode().map(code -> "_" + code).orElse("") + ".xlsx", tables);
    }

    public static ResponseEntity<StreamingResponseBody> download(String fileName, List<DataTable> tables)
    {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(out -> Xlsx.write(tables, out));
    }
}
