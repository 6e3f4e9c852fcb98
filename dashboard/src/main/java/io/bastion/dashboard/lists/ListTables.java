package io.bastion.dashboard.lists;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.OrganizationTree;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.PersonNames;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.Labels;
import io.bastion.dashboard.web.Rates;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.bastion.sql.generated.default_schema.Tables.MART_BACKWARD_ORGANIZATION;
import static io.bastion.sql.generated.default_schema.Tables.MART_LATE_SUBMISSION;
import static io.bastion.sql.generated.default_schema.Tables.MART_LIAISON_PROGRESS;
import static io.bastion.sql.generated.default_schema.Tables.MART_LOST_CONTACT;
import static io.bastion.sql.generated.default_schema.Tables.MART_MUST_FORM;
import static io.bastion.sql.generated.default_schema.Tables.MART_OVERDUE_ELECTION;
import static io.bastion.sql.generated.default_schema.Tables.MART_PROCEDURE_FINDING;
import static io.bastion.sql.generated.default_schema.Tables.MART_RECONCILIATION;

/** Each 待办 list as the page, the API and the export show it: names, not codes (the code on hover), in Chinese words. */
@Component
final class ListTables
{
    private final ActionLists lists;
    private final Rates rates;
    private final PersonNames personNames;
    private final Labels labels;

    ListTables(ActionLists lists, Rates rates, PersonNames personNames, Labels labels)
    {
        this.lists = lists;
        this.rates = rates;
        this.personNames = personNames;
        this.labels = labels;
    }

    /** The list's rows at the selection's month and scope; people by person key, and by name for an admin only. */
    DataTable table(ActionList list, Selection selection, Viewer viewer)
    {
        return rates.read(dsl -> {
            Optional<Condition> where = lists.where(dsl, list, selection);
            DataTable.Builder table = DataTable.builder(list.key(), title(dsl, list, selection)).emptyReason(labels.get("lists.empty." + list.key()));
            OrganizationTree.Snapshot tree = selection.tree();
            switch (list) {
                case MUST_FORM -> {
                    table.column("enterprise", label("enterprise"), DataTable.Kind.ORGANIZATION)
                            .column("unitCategory", label("unitCategory"), DataTable.Kind.TEXT)
                            .column("industry", label("industry"), DataTable.Kind.TEXT)
                            .column("fullMembers", label("fullMembers"), DataTable.Kind.COUNT)
                            .column("coveringOrganizations", label("coveringOrganizations"), DataTable.Kind.TEXT);
                    where.ifPresent(condition -> dsl.selectFrom(MART_MUST_FORM).where(condition)
                            .orderBy(MART_MUST_FORM.FULL_MEMBERS.desc(), MART_MUST_FORM.UNIT_NAME)
                            .forEach(row -> table.row(named(row.getUnitCode(), row.getUnitName()), row.getUnitCategory(), row.getIndustry(),
                                    row.getFullMembers(), covering(row.getCoveringOrgs(), tree))));
                }
                case BACKWARD -> {
                    table.column("organization", label("organization"), DataTable.Kind.ORGANIZATION)
                            .column("parent", label("parent"), DataTable.Kind.ORGANIZATION)
                            .column("score", label("score"), DataTable.Kind.SCORE)
                            .column("previousGrade", label("previousGrade"), DataTable.Kind.TEXT);
                    where.ifPresent(condition -> dsl.selectFrom(MART_BACKWARD_ORGANIZATION).where(condition)
                            .orderBy(MART_BACKWARD_ORGANIZATION.SCORE.asc().nullsLast(), MART_BACKWARD_ORGANIZATION.ORG_CODE)
                            .forEach(row -> table.row(organization(row.getOrgCode(), row.getOrgName(), tree), parent(row.getParentCode(), tree),
                                    row.getScore() == null ? null : row.getScore().doubleValue(),
                                    Optional.ofNullable(row.getPreviousGrade()).orElse(labels.get("lists.notGraded")))));
                }
                case OVERDUE_ELECTION -> {
                    table.column("organization", label("organization"), DataTable.Kind.ORGANIZATION)
                            .column("parent", label("parent"), DataTable.Kind.ORGANIZATION)
                            .column("organizationKind", label("organizationKind"), DataTable.Kind.TEXT)
                            .column("termStartedOn", label("termStartedOn"), DataTable.Kind.DATE)
                            .column("termYears", label("termYears"), DataTable.Kind.TEXT)
                            .column("dueOn", label("dueOn"), DataTable.Kind.DATE)
                            .column("daysOverdue", label("daysOverdue"), DataTable.Kind.DAYS);
                    where.ifPresent(condition -> dsl.selectFrom(MART_OVERDUE_ELECTION).where(condition)
                            .orderBy(MART_OVERDUE_ELECTION.DAYS_OVERDUE.desc(), MART_OVERDUE_ELECTION.ORG_CODE)
                            .forEach(row -> table.row(organization(row.getOrgCode(), row.getOrgName(), tree), parent(row.getParentCode(), tree),
                                    row.getOrgKind(), row.getTermStartedOn(), labels.get("lists.years", row.getTermYears()), row.getDueOn(),
                                    row.getDaysOverdue())));
                }
                case OVERDUE_LIAISON -> {
                    table.column("liaison", label("liaison"), DataTable.Kind.TEXT)
                            .column("title", label("title"), DataTable.Kind.TEXT)
                            .column("site", label("site"), DataTable.Kind.ORGANIZATION)
                            .column("startOn", label("startOn"), DataTable.Kind.DATE)
                            .column("lastContactOn", label("lastContactOn"), DataTable.Kind.DATE)
                            .column("daysSinceLastContact", label("daysSinceLastContact"), DataTable.Kind.DAYS)
                            .column("onsiteInQuarter", label("onsiteInQuarter"), DataTable.Kind.COUNT)
                            .column("quarterlyStatus", label("quarterlyStatus"), DataTable.Kind.TEXT)
                            .column("lastContactSummary", label("lastContactSummary"), DataTable.Kind.TEXT);
                    where.ifPresent(condition -> dsl.selectFrom(MART_LIAISON_PROGRESS).where(condition)
                            .orderBy(MART_LIAISON_PROGRESS.DAYS_SINCE_LAST_CONTACT.desc().nullsFirst(), MART_LIAISON_PROGRESS.LIAISON)
                            .forEach(row -> table.row(row.getLiaison(), row.getTitle(), organization(row.getSiteOrgCode(), row.getSiteName(), tree),
                                    row.getStartOn(), row.getLastContactOn(), row.getDaysSinceLastContact(), row.getOnsiteInQuarter(),
                                    quarterly(row.getQuarterlyStatus()), row.getLastContactSummary())));
                }
                case LATE -> {
                    table.column("organization", label("organization"), DataTable.Kind.ORGANIZATION)
                            .column("parent", label("parent"), DataTable.Kind.ORGANIZATION)
                            .column("deadline", label("deadline"), DataTable.Kind.DATE)
                            .column("submittedOn", label("submittedOn"), DataTable.Kind.DATE)
                            .column("status", label("status"), DataTable.Kind.TEXT)
                            .column("daysLate", label("daysLate"), DataTable.Kind.DAYS);
                    where.ifPresent(condition -> dsl.selectFrom(MART_LATE_SUBMISSION).where(condition)
                            .orderBy(MART_LATE_SUBMISSION.SUBMITTED_ON.asc().nullsFirst(), MART_LATE_SUBMISSION.ORG_CODE)
                            .forEach(row -> table.row(organization(row.getOrgCode(), row.getOrgName(), tree), parent(row.getParentCode(), tree),
                                    row.getDeadline(), row.getSubmittedOn(), labels.get(row.getSubmittedOn() == null ? "lists.late.missing" : "lists.late.late"),
                                    row.getDaysLate())));
                }
                case PROCEDURE -> procedure(dsl, where, table, tree, viewer, selection);
                case LOST_CONTACT -> lostContact(dsl, where, table, tree, viewer, selection);
                case RECONCILIATION -> {
                    table.column("organization", label("organization"), DataTable.Kind.ORGANIZATION)
                            .column("parent", label("parent"), DataTable.Kind.ORGANIZATION)
                            .column("reportedMembers", label("reportedMembers"), DataTable.Kind.COUNT)
                            .column("rosterMembers", label("rosterMembers"), DataTable.Kind.COUNT)
                            .column("difference", label("difference"), DataTable.Kind.NUMBER);
                    where.ifPresent(condition -> dsl.selectFrom(MART_RECONCILIATION).where(condition)
                            .orderBy(MART_RECONCILIATION.ORG_CODE)
                            .forEach(row -> table.row(organization(row.getOrgCode(), row.getOrgName(), tree), parent(row.getParentCode(), tree),
                                    row.getReportedMembers(), row.getRosterMembers(), row.getDifference())));
                }
            }
            return table.build();
        });
    }

    private void procedure(DSLContext dsl, Optional<Condition> where, DataTable.Builder table, OrganizationTree.Snapshot tree, Viewer viewer,
            Selection selection)
    {
        var rows = where.map(condition -> dsl.selectFrom(MART_PROCEDURE_FINDING).where(condition)
                .orderBy(MART_PROCEDURE_FINDING.FINDING, MART_PROCEDURE_FINDING.ORG_CODE, MART_PROCEDURE_FINDING.PERSON_KEY).fetch()).orElse(null);
        Map<Long, String> names = rows == null ? Map.of()
                : personNames.names(viewer, rows.stream().map(row -> row.getPersonKey()).filter(Objects::nonNull).toList(),
                        "list procedure " + selection.query());
        table.column("organization", label("organization"), DataTable.Kind.ORGANIZATION)
                .column("finding", label("finding"), DataTable.Kind.TEXT)
                .column("person", label("person"), DataTable.Kind.TEXT);
        if (viewer.seesPersonalData()) {
            table.column("personName", label("personName"), DataTable.Kind.TEXT);
        }
        table.column("observed", label("observed"), DataTable.Kind.TEXT)
                .column("threshold", label("threshold"), DataTable.Kind.TEXT);
        if (rows == null) {
            return;
        }
        for (var row : rows) {
            Optional<Finding> finding = Finding.of(row.getFinding());
            String person = row.getPersonKey() == null ? null : String.valueOf(row.getPersonKey());
            String observed = finding.map(known -> labels.get(known.unitKey(), "%,d".formatted(row.getObserved()))).orElse(String.valueOf(row.getObserved()));
            String threshold = finding.map(known -> labels.get(known.unitKey(), "%,d".formatted(row.getThreshold()))).orElse(String.valueOf(row.getThreshold()));
            Object label = finding.map(known -> (Object) labels.get(known.labelKey())).orElse(row.getFinding());
            if (viewer.seesPersonalData()) {
                table.row(organization(row.getOrgCode(), null, tree), label, person, names.get(row.getPersonKey()), observed, threshold);
            }
            else {
                table.row(organization(row.getOrgCode(), null, tree), label, person, observed, threshold);
            }
        }
    }

    private void lostContact(DSLContext dsl, Optional<Condition> where, DataTable.Builder table, OrganizationTree.Snapshot tree, Viewer viewer,
            Selection selection)
    {
        var rows = where.map(condition -> dsl.selectFrom(MART_LOST_CONTACT).where(condition)
                .orderBy(MART_LOST_CONTACT.MONTHS_UNREPORTED.desc(), MART_LOST_CONTACT.ORG_CODE, MART_LOST_CONTACT.PERSON_KEY).fetch()).orElse(null);
        Map<Long, String> names = rows == null ? Map.of()
                : personNames.names(viewer, rows.stream().map(row -> row.getPersonKey()).toList(), "list lostContact " + selection.query());
        table.column("person", label("person"), DataTable.Kind.TEXT);
        if (viewer.seesPersonalData()) {
            table.column("personName", label("personName"), DataTable.Kind.TEXT);
        }
        table.column("organization", label("lastOrganization"), DataTable.Kind.ORGANIZATION)
                .column("lastReportMonth", label("lastReportMonth"), DataTable.Kind.MONTH)
                .column("monthsUnreported", label("monthsUnreported"), DataTable.Kind.COUNT)
                .column("reason", label("reason"), DataTable.Kind.TEXT);
        if (rows == null) {
            return;
        }
        for (var row : rows) {
            String reason = labels.get("支部报告失联".equals(row.getReason()) ? "lists.reason.reported" : "lists.reason.unreported");
            String lastMonth = new Month(row.getLastReportMonth()).iso();
            if (viewer.seesPersonalData()) {
                table.row(String.valueOf(row.getPersonKey()), names.get(row.getPersonKey()), organization(row.getOrgCode(), null, tree), lastMonth,
                        row.getMonthsUnreported(), reason);
            }
            else {
                table.row(String.valueOf(row.getPersonKey()), organization(row.getOrgCode(), null, tree), lastMonth, row.getMonthsUnreported(), reason);
            }
        }
    }

    private String title(DSLContext dsl, ActionList list, Selection selection)
    {
        String name = labels.get("action." + list.key());
        if (list == ActionList.BACKWARD) {
            return lists.backwardPeriod(dsl, selection).map(period -> labels.get("lists.backward.title", name, quarter(period))).orElse(name);
        }
        return name;
    }

    private String quarter(String period)
    {
        return labels.get("trace.quarter", period.substring(0, 4), labels.get("trace.quarter." + period.charAt(5)));
    }

    /** 达标 / 未达标 / 已完成 / 待完成 in the page's language. */
    private String quarterly(String status)
    {
        return switch (status) {
            case "达标" -> labels.get("lists.quarterly.met");
            case "未达标" -> labels.get("lists.quarterly.missed");
            case "已完成" -> labels.get("lists.quarterly.done");
            default -> labels.get("lists.quarterly.pending");
        };
    }

    private String covering(String codes, OrganizationTree.Snapshot tree)
    {
        if (codes == null || codes.isBlank()) {
            return labels.get("lists.mustForm.none");
        }
        return Arrays.stream(codes.split(";")).map(String::trim).filter(code -> !code.isEmpty()).map(tree::name).collect(Collectors.joining("、"));
    }

    private static Map<String, Object> named(String code, String name)
    {
        return Map.of("code", code, "name", name == null ? code : name);
    }

    /** An organization by its code, with the mart's name where it has one, else the name at the month. */
    private static Map<String, Object> organization(String code, String name, OrganizationTree.Snapshot tree)
    {
        return named(code, name == null ? tree.name(code) : name);
    }

    private static Map<String, Object> parent(String code, OrganizationTree.Snapshot tree)
    {
        return code == null ? null : named(code, tree.name(code));
    }

    private String label(String column)
    {
        return labels.get("lists.column." + column);
    }
}
