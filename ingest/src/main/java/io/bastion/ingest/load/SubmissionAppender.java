package io.bastion.ingest.load;

import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.validation.ValidRows;
import io.bastion.ingest.validation.ValidatedTables;
import org.duckdb.DuckDBAppender;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appends the facts of a submission in force: tables 1–3 and coverage links (its people have keys: {@link PersonIdentities}),
 * and lists its files in scratch_file.
 */
final class SubmissionAppender
{
    private SubmissionAppender() {}

    static void appendFacts(Appenders appenders, PersonDirectory persons, long runId, long submissionId,
            Delivery delivery, Map<Part, Long> fileIds)
            throws SQLException
    {
        ValidatedTables tables = delivery.tables().orElseThrow();
        ValidRows.Organization o = tables.organization().orElseThrow();
        int monthKey = delivery.name().sortMonth();
        long organizationFile = fileOf(delivery, fileIds, InputTable.ORGANIZATION);
        DuckDBAppender report = appenders.table("fact_organization_report");
        report.beginRow().append(submissionId).append(o.orgCode()).append(monthKey).append(o.orgName()).append(o.orgKind());
        Nullable.text(report, o.parentCode()).append(o.unitCategory()).append(o.establishedOn());
        Nullable.date(report, o.dissolvedOn());
        Nullable.date(report, o.termStartedOn());
        Nullable.text(report, o.formation());
        Nullable.text(report, o.coveredUnitsText())
                .append(o.memberCount()).append(o.partyGroups()).append(o.facilityItems()).append(runId).append(organizationFile).endRow();

        DuckDBAppender links = appenders.table("fact_coverage_link");
        Set<String> linked = new HashSet<>();
        for (ValidRows.CoveredUnit unit : o.coveredUnits()) {
            if (linked.add(unit.unitCode())) {
                links.beginRow().append(submissionId).append(o.orgCode()).append(monthKey).append(unit.unitCode()).append(unit.attached())
                        .append(runId).append(organizationFile).endRow();
            }
        }
        DuckDBAppender secretary = appenders.table("restricted", "organization_secretary");
        Nullable.text(secretary.beginRow().append(o.orgCode()).append(monthKey), o.secretary()).append(submissionId).endRow();

        appendPeople(appenders, persons, runId, submissionId, delivery, fileIds, tables.people());
        long lifeFile = fileOf(delivery, fileIds, InputTable.ORGANIZATION_LIFE);
        DuckDBAppender life = appenders.table("fact_organization_life");
        for (ValidRows.Life event : tables.life()) {
            life.beginRow().append(submissionId).append(o.orgCode()).append(monthKey).append(event.heldOn()).append(event.kind());
            Nullable.text(life, event.topic()).append(event.expected()).append(event.attended()).append(event.rowNo()).append(runId).append(lifeFile).endRow();
        }
        appendedFiles(appenders, delivery, fileIds);
    }

    /** Lists the delivery's files in scratch_file: the derived tables are brought up to date from their rows. */
    static void appendedFiles(Appenders appenders, Delivery delivery, Map<Part, Long> fileIds)
            throws SQLException
    {
        DuckDBAppender files = appenders.table("scratch_file");
        for (Part part : delivery.parts()) {
            files.beginRow().append(fileIds.get(part).longValue()).endRow();
        }
    }

    private static void appendPeople(Appenders appenders, PersonDirectory persons, long runId, long submissionId,
            Delivery delivery, Map<Part, Long> fileIds, List<ValidRows.Person> people)
            throws SQLException
    {
        String orgCode = delivery.name().orgCode();
        int monthKey = delivery.name().sortMonth();
        long peopleFile = fileOf(delivery, fileIds, InputTable.PEOPLE);
        DuckDBAppender month = appenders.table("fact_person_month");
        for (ValidRows.Person p : people) {
            long key = persons.key(p.personNo()).orElseThrow();
            month.beginRow().append(submissionId).append(orgCode).append(monthKey).append(key);
            Nullable.text(month, p.education());
            Nullable.text(month, p.unitCode());
            Nullable.text(month, p.job()).append(p.stage());
            Nullable.date(month, p.appliedOn());
            Nullable.date(month, p.activistOn());
            Nullable.date(month, p.candidateOn());
            Nullable.date(month, p.joinedOn());
            Nullable.date(month, p.fullOn()).append(p.mobile()).append(p.managed()).append(p.backbone());
            Nullable.text(month, p.leftReason()).append(p.rowNo()).append(runId).append(peopleFile).endRow();
        }
    }

    /** The archived file a table of the delivery came from: its CSV part, or the one file. */
    static long fileOf(Delivery delivery, Map<Part, Long> fileIds, InputTable table)
    {
        for (Part part : delivery.parts()) {
            if (part.name().csvPart().isEmpty() || part.name().csvPart().get() == table) {
                return fileIds.get(part);
            }
        }
        return fileIds.get(delivery.parts().get(0));
    }

    static long fileOfTable(Delivery delivery, Map<Part, Long> fileIds, String sheetName)
    {
        for (InputTable table : InputTable.values()) {
            if (table.sheetName().equals(sheetName)) {
                return fileOf(delivery, fileIds, table);
            }
        }
        return fileIds.get(delivery.parts().get(0));
    }
}
