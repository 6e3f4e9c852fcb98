package io.bastion.dashboard.admissions;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.Labels;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The admissions page's charts and lists as tables, in the request's language; a {@code figure} column names each row's trace. */
@Component
final class AdmissionsTables
{
    private final Labels labels;

    AdmissionsTables(Labels labels)
    {
        this.labels = labels;
    }

    /** The pipeline at month end: stock per stage in the stages' order (the funnel), and this month's entries. */
    DataTable funnel(Selection selection, List<AdmissionsQueries.StageMonth> flow)
    {
        Map<Stage, AdmissionsQueries.StageMonth> now = new EnumMap<>(Stage.class);
        flow.stream().filter(row -> row.monthKey() == selection.month().key())
                .forEach(row -> Stage.ofChinese(row.stage()).ifPresent(stage -> now.put(stage, row)));
        DataTable.Builder table = DataTable.builder("funnel", labels.get("admissions.funnel.title", monthText(selection.month())))
                .column("stage", labels.get("admissions.column.stage"), DataTable.Kind.TEXT)
                .column("stock", labels.get("admissions.column.stock"), DataTable.Kind.COUNT)
                .column("entries", labels.get("admissions.column.entriesInMonth"), DataTable.Kind.COUNT)
                .column("figure", labels.get("admissions.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get("admissions.empty.pipeline"));
        if (now.isEmpty()) {
            return table.build();
        }
        for (Stage stage : Stage.values()) {
            Optional<AdmissionsQueries.StageMonth> row = Optional.ofNullable(now.get(stage));
            table.row(labels.get(stage.labelKey()), row.map(AdmissionsQueries.StageMonth::stock).orElse(0L),
                    row.map(AdmissionsQueries.StageMonth::entries).orElse(0L), "admissions.stock:" + stage.chinese());
        }
        return table.build();
    }

    /** Entries into each stage per month; the columns after the month are keyed by the stage's Chinese name (the trace's word). */
    DataTable entries(Selection selection, List<Month> months, List<AdmissionsQueries.StageMonth> flow)
    {
        Map<Integer, Map<Stage, Long>> byMonth = new LinkedHashMap<>();
        for (AdmissionsQueries.StageMonth row : flow) {
            Stage.ofChinese(row.stage()).ifPresent(stage -> byMonth.computeIfAbsent(row.monthKey(), key -> new EnumMap<>(Stage.class)).put(stage, row.entries()));
        }
        DataTable.Builder table = DataTable.builder("entries", labels.get("admissions.entries.title"))
                .column("month", labels.get("admissions.column.month"), DataTable.Kind.MONTH);
        for (Stage stage : Stage.values()) {
            table.column(stage.chinese(), labels.get(stage.labelKey()), DataTable.Kind.COUNT);
        }
        table.emptyReason(labels.get("admissions.empty.pipeline"));
        if (byMonth.isEmpty()) {
            return table.build();
        }
        for (Month month : months) {
            Map<Stage, Long> counts = byMonth.getOrDefault(month.key(), Map.of());
            Object[] values = new Object[Stage.values().length + 1];
            values[0] = month.iso();
            for (Stage stage : Stage.values()) {
                values[stage.ordinal() + 1] = counts.getOrDefault(stage, 0L);
            }
            table.row(values);
        }
        return table.build();
    }

    /** Of each activist cohort, how many became candidates, probationary and full members. */
    DataTable conversion(List<AdmissionsQueries.Cohort> cohorts)
    {
        DataTable.Builder table = DataTable.builder("conversion", labels.get("admissions.conversion.title"))
                .column("cohort", labels.get("admissions.column.cohort"), DataTable.Kind.TEXT)
                .column("activists", labels.get("admissions.column.activists"), DataTable.Kind.COUNT)
                .column("candidates", labels.get("admissions.column.candidates"), DataTable.Kind.COUNT)
                .column("candidateShare", labels.get("admissions.column.candidateShare"), DataTable.Kind.RATE)
                .column("probationary", labels.get("admissions.column.probationary"), DataTable.Kind.COUNT)
                .column("probationaryShare", labels.get("admissions.column.probationaryShare"), DataTable.Kind.RATE)
                .column("full", labels.get("admissions.column.full"), DataTable.Kind.COUNT)
                .column("fullShare", labels.get("admissions.column.fullShare"), DataTable.Kind.RATE)
                .column("figure", labels.get("admissions.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get("admissions.empty.cohorts"));
        cohorts.stream().sorted(Comparator.comparingInt(AdmissionsQueries.Cohort::year)).forEach(cohort -> table.row(
                String.valueOf(cohort.year()), cohort.activists(), cohort.candidates(), cohort.candidateShare(), cohort.probationary(),
                cohort.probationaryShare(), cohort.full(), cohort.fullShare(), "admissions.conversion:" + cohort.year()));
        return table.build();
    }

    /** The median days between consecutive stages per activist cohort. */
    DataTable durations(List<AdmissionsQueries.Cohort> cohorts)
    {
        DataTable.Builder table = DataTable.builder("durations", labels.get("admissions.durations.title"))
                .column("cohort", labels.get("admissions.column.cohort"), DataTable.Kind.TEXT)
                .column("appliedToActivist", labels.get("admissions.column.appliedToActivist"), DataTable.Kind.DAYS)
                .column("activistToCandidate", labels.get("admissions.column.activistToCandidate"), DataTable.Kind.DAYS)
                .column("candidateToProbationary", labels.get("admissions.column.candidateToProbationary"), DataTable.Kind.DAYS)
                .column("probationaryToFull", labels.get("admissions.column.probationaryToFull"), DataTable.Kind.DAYS)
                .column("figure", labels.get("admissions.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get("admissions.empty.cohorts"));
        cohorts.stream().sorted(Comparator.comparingInt(AdmissionsQueries.Cohort::year)).forEach(cohort -> table.row(
                String.valueOf(cohort.year()), cohort.appliedToActivist(), cohort.activistToCandidate(), cohort.candidateToProbationary(),
                cohort.probationaryToFull(), "admissions.conversion:" + cohort.year()));
        return table.build();
    }

    /** The structure of new members: the selected month, then the calendar years. */
    DataTable structure(Selection selection, List<AdmissionsQueries.Structure> rows)
    {
        DataTable.Builder table = DataTable.builder("structure", labels.get("admissions.structure.title"))
                .column("period", labels.get("admissions.column.period"), DataTable.Kind.TEXT)
                .column("newMembers", labels.get("admissions.column.newMembers"), DataTable.Kind.COUNT)
                .column("frontline", labels.get("admissions.column.frontline"), DataTable.Kind.COUNT)
                .column("frontlineShare", labels.get("admissions.column.frontlineShare"), DataTable.Kind.RATE)
                .column("under35", labels.get("admissions.column.under35"), DataTable.Kind.COUNT)
                .column("under35Share", labels.get("admissions.column.under35Share"), DataTable.Kind.RATE)
                .column("women", labels.get("admissions.column.women"), DataTable.Kind.COUNT)
                .column("womenShare", labels.get("admissions.column.womenShare"), DataTable.Kind.RATE)
                .column("college", labels.get("admissions.column.college"), DataTable.Kind.COUNT)
                .column("collegeShare", labels.get("admissions.column.collegeShare"), DataTable.Kind.RATE)
                .column("figure", labels.get("admissions.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get("admissions.empty.structure"));
        rows.stream()
                .sorted(Comparator.comparing((AdmissionsQueries.Structure row) -> !"month".equals(row.periodKind())).thenComparing(row -> row.period()))
                .forEach(row -> table.row(periodLabel(selection, row), row.newMembers(), row.frontline(), share(row.frontline(), row.newMembers()),
                        row.under35(), share(row.under35(), row.newMembers()), row.women(), share(row.women(), row.newMembers()), row.college(),
                        share(row.college(), row.newMembers()), "admissions.structure:" + row.period()));
        return table.build();
    }

    /** Members at month end by unit category, age band and education, each value with its share of the members. */
    DataTable breakdown(List<AdmissionsQueries.Part> parts)
    {
        DataTable.Builder table = DataTable.builder("breakdown", labels.get("admissions.breakdown.title"))
                .column("dimension", labels.get("admissions.column.dimension"), DataTable.Kind.TEXT)
                .column("value", labels.get("admissions.column.value"), DataTable.Kind.TEXT)
                .column("members", labels.get("admissions.column.members"), DataTable.Kind.COUNT)
                .column("share", labels.get("admissions.column.share"), DataTable.Kind.RATE)
                .column("figure", labels.get("admissions.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get("admissions.empty.members"));
        for (Dimension dimension : Dimension.values()) {
            List<AdmissionsQueries.Part> values = parts.stream()
                    .filter(part -> dimension.code().equals(part.dimension()))
                    .sorted(Comparator.comparingInt((AdmissionsQueries.Part part) -> dimension.order(part.value())).thenComparing(AdmissionsQueries.Part::value))
                    .toList();
            long total = values.stream().mapToLong(AdmissionsQueries.Part::members).sum();
            for (AdmissionsQueries.Part part : values) {
                table.row(labels.get(dimension.labelKey()), word("admissions.value." + part.value(), part.value()), part.members(),
                        share(part.members(), total), "membership.breakdown:" + dimension.code() + ":" + part.value());
            }
        }
        return table.build();
    }

    /** Members at each month end, those who came in and those who left. */
    DataTable membership(List<AdmissionsQueries.Membership> rows)
    {
        DataTable.Builder table = DataTable.builder("membership", labels.get("admissions.membership.title"))
                .column("month", labels.get("admissions.column.month"), DataTable.Kind.MONTH)
                .column("members", labels.get("admissions.column.members"), DataTable.Kind.COUNT)
                .column("membersIn", labels.get("admissions.column.membersIn"), DataTable.Kind.COUNT)
                .column("membersOut", labels.get("admissions.column.membersOut"), DataTable.Kind.COUNT)
                .column("net", labels.get("admissions.column.net"), DataTable.Kind.NUMBER)
                .emptyReason(labels.get("admissions.empty.members"));
        rows.forEach(row -> table.row(new Month(row.monthKey()).iso(), row.members(), row.membersIn(), row.membersOut(),
                row.membersIn() - row.membersOut()));
        return table.build();
    }

    /** The month's procedure findings: the finding in words, the organization by name, a person only by person_key. */
    DataTable findings(Selection selection, List<AdmissionsQueries.FindingRow> rows)
    {
        DataTable.Builder table = DataTable.builder("findings", labels.get("admissions.findings.title", monthText(selection.month())))
                .column("finding", labels.get("admissions.column.finding"), DataTable.Kind.TEXT)
                .column("organization", labels.get("admissions.column.organization"), DataTable.Kind.ORGANIZATION)
                .column("personKey", labels.get("admissions.column.personKey"), DataTable.Kind.TEXT)
                .column("observed", labels.get("admissions.column.observed"), DataTable.Kind.TEXT)
                .column("threshold", labels.get("admissions.column.threshold"), DataTable.Kind.TEXT)
                .column("figure", labels.get("admissions.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get("admissions.empty.findings", monthText(selection.month())));
        for (AdmissionsQueries.FindingRow row : rows) {
            Optional<Finding> finding = Finding.ofChinese(row.finding());
            String unit = "admissions.unit." + finding.map(Finding::unit).map(Enum::name).orElse("PEOPLE");
            table.row(finding.map(known -> labels.get(known.labelKey())).orElse(row.finding()),
                    Map.of("code", row.orgCode(), "name", selection.tree().name(row.orgCode())),
                    row.personKey() == null ? null : String.valueOf(row.personKey()),
                    labels.get(unit, "%,d".formatted(row.observed())), labels.get(unit, "%,d".formatted(row.threshold())),
                    "procedure.finding:" + row.finding());
        }
        return table.build();
    }

    private String periodLabel(Selection selection, AdmissionsQueries.Structure row)
    {
        if ("month".equals(row.periodKind())) {
            return monthText(selection.month());
        }
        return labels.get("admissions.period.year", row.period());
    }

    /** 2026年10月, or 10/2026 in English. */
    String monthText(Month month)
    {
        return labels.get("admissions.month", String.valueOf(month.year()), String.valueOf(month.monthOfYear()));
    }

    private String word(String key, String fallback)
    {
        String text = labels.get(key);
        return text.equals(key) ? fallback : text;
    }

    private static Double share(long part, long whole)
    {
        return whole == 0 ? null : (double) part / whole;
    }
}
