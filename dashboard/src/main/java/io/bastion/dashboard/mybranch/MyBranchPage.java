package io.bastion.dashboard.mybranch;

import io.bastion.dashboard.organization.SubmissionHistory;
import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.OrganizationTree;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.FamilyData;
import io.bastion.dashboard.web.Labels;
import io.bastion.ingest.format.FileName;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 我的支部: for the chosen organization, this month's submission, the refused files and problem rows of it and the
 * organizations below it, and its submissions month by month — in the words a branch secretary uses.
 */
@Component
final class MyBranchPage
{
    static final String FAMILY = "mybranch";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MyBranchQueries queries;
    private final SubmissionHistory history;
    private final Labels labels;

    MyBranchPage(MyBranchQueries queries, SubmissionHistory history, Labels labels)
    {
        this.queries = queries;
        this.history = history;
        this.labels = labels;
    }

    /** An admin who named no organization picks one. */
    FamilyData choose(Selection selection)
    {
        DataTable choices = choices(selection.tree(), topDown(selection.tree(), allTops(selection.tree())), 1);
        return FamilyData.of(FAMILY, selection, List.of(), List.of(choices), Optional.of(labels.get("mybranch.empty.choose")));
    }

    FamilyData of(Viewer viewer, Selection selection, String orgCode, Optional<Long> runId)
    {
        OrganizationTree.Snapshot tree = selection.tree();
        Month month = selection.month();
        Set<String> subtree = tree.subtree(orgCode);
        List<String> organizations = subtree.isEmpty() ? List.of(orgCode) : topDown(tree, List.of(orgCode));
        List<DataTable> tables = new ArrayList<>();
        List<String> selectable = viewer.limitedToOwnSubtree()
                ? (tree.subtree(viewer.orgCode().orElseThrow()).isEmpty() ? List.of(orgCode) : topDown(tree, List.of(viewer.orgCode().orElseThrow())))
                : topDown(tree, allTops(tree));
        int top = viewer.limitedToOwnSubtree() ? tree.depth(viewer.orgCode().orElseThrow()) : 1;
        tables.add(choices(tree, selectable, top));
        tables.add(thisMonth(tree, organizations, month));
        tables.add(refused(tree, organizations));
        tables.add(problems("problems", labels.get("mybranch.problems.title"), tree, queries.problemRows(organizations, Optional.empty())));
        runId.ifPresent(run -> tables.add(problems("runProblems", labels.get("mybranch.runProblems.title"), tree,
                queries.problemRows(organizations, Optional.of(run)))));
        tables.add(history.table(orgCode, months(selection, orgCode)));
        return FamilyData.of(FAMILY, selection, List.of(), tables, Optional.empty());
    }

    /** The organizations one may choose on the page, top down. */
    private DataTable choices(OrganizationTree.Snapshot tree, List<String> codes, int top)
    {
        DataTable.Builder table = DataTable.builder("choices", labels.get("mybranch.choices.title"))
                .column("organization", labels.get("mybranch.column.organization"), DataTable.Kind.ORGANIZATION)
                .column("kind", labels.get("mybranch.column.kind"), DataTable.Kind.TEXT)
                .column("depth", labels.get("mybranch.column.depth"), DataTable.Kind.COUNT);
        for (String code : codes) {
            table.row(named(tree, code), tree.find(code).map(OrganizationTree.Organization::kind).orElse(""), Math.max(1, tree.depth(code) - top + 1));
        }
        return table.build();
    }

    /** 本月报送情况: each organization of the subtree and its submission for the month (on time, late, or not yet). */
    private DataTable thisMonth(OrganizationTree.Snapshot tree, List<String> organizations, Month month)
    {
        DataTable.Builder table = DataTable.builder("thisMonth", labels.get("mybranch.thisMonth.title", month.chinese()))
                .column("organization", labels.get("mybranch.column.organization"), DataTable.Kind.ORGANIZATION)
                .column("status", labels.get("mybranch.column.status"), DataTable.Kind.TEXT)
                .column("submittedOn", labels.get("mybranch.column.submittedOn"), DataTable.Kind.DATE)
                .column("deadline", labels.get("mybranch.column.deadline"), DataTable.Kind.DATE)
                .column("onTime", labels.get("mybranch.column.onTime"), DataTable.Kind.BOOLEAN)
                .emptyReason(labels.get("mybranch.thisMonth.empty"));
        Map<String, MyBranchQueries.MonthSubmission> submitted = queries.currentSubmissions(organizations, month);
        for (String code : organizations) {
            if (!tree.find(code).map(OrganizationTree.Organization::active).orElse(false)) {
                continue;
            }
            Optional<MyBranchQueries.MonthSubmission> submission = Optional.ofNullable(submitted.get(code));
            String status = submission.map(found -> found.onTime() ? labels.get("submissions.onTime")
                            : labels.get("submissions.late", ChronoUnit.DAYS.between(SubmissionHistory.deadline(month), found.submittedOn())))
                    .orElse(labels.get("mybranch.thisMonth.notYet"));
            table.row(named(tree, code), status, submission.map(MyBranchQueries.MonthSubmission::submittedOn).orElse(null),
                    SubmissionHistory.deadline(month), submission.map(MyBranchQueries.MonthSubmission::onTime).orElse(false));
        }
        return table.build();
    }

    /** 被退回的文件及原因, and whether the organization has since sent that month again. */
    private DataTable refused(OrganizationTree.Snapshot tree, List<String> organizations)
    {
        DataTable.Builder table = DataTable.builder("refused", labels.get("mybranch.refused.title"))
                .column("fileName", labels.get("mybranch.column.fileName"), DataTable.Kind.TEXT)
                .column("organization", labels.get("mybranch.column.organization"), DataTable.Kind.ORGANIZATION)
                .column("receivedAt", labels.get("mybranch.column.receivedAt"), DataTable.Kind.TEXT)
                .column("reason", labels.get("mybranch.column.reason"), DataTable.Kind.TEXT)
                .column("resent", labels.get("mybranch.column.resent"), DataTable.Kind.TEXT)
                .emptyReason(labels.get("mybranch.refused.empty"));
        Map<String, LocalDateTime> loaded = queries.lastLoaded(organizations);
        for (MyBranchQueries.RefusedFile file : queries.refusedFiles(organizations)) {
            boolean resent = FileName.parse(file.fileName())
                    .map(name -> loaded.get(name.orgCode() + ":" + name.sortMonth()))
                    .map(when -> when.isAfter(file.receivedAt()))
                    .orElse(false);
            String reason = english() ? file.english().orElse(file.errorCode().orElse("")) : file.chinese().orElse(file.errorCode().orElse(""));
            table.row(file.fileName(), named(tree, file.orgCode()), WHEN.format(file.receivedAt()), plain(reason),
                    labels.get(resent ? "mybranch.refused.resent" : "mybranch.refused.toResend"));
        }
        return table.build();
    }

    /** 需要修改的行: where, what was wrong, what to do; never the raw row. */
    private DataTable problems(String id, String title, OrganizationTree.Snapshot tree, List<MyBranchQueries.ProblemRow> rows)
    {
        DataTable.Builder table = DataTable.builder(id, title)
                .column("fileName", labels.get("mybranch.column.fileName"), DataTable.Kind.TEXT)
                .column("organization", labels.get("mybranch.column.organization"), DataTable.Kind.ORGANIZATION)
                .column("fileStatus", labels.get("mybranch.column.fileStatus"), DataTable.Kind.TEXT)
                .column("receivedAt", labels.get("mybranch.column.receivedAt"), DataTable.Kind.TEXT)
                .column("sheet", labels.get("mybranch.column.sheet"), DataTable.Kind.TEXT)
                .column("row", labels.get("mybranch.column.row"), DataTable.Kind.COUNT)
                .column("column", labels.get("mybranch.column.column"), DataTable.Kind.TEXT)
                .column("value", labels.get("mybranch.column.value"), DataTable.Kind.TEXT)
                .column("problem", labels.get("mybranch.column.problem"), DataTable.Kind.TEXT)
                .column("fix", labels.get("mybranch.column.fix"), DataTable.Kind.TEXT)
                .emptyReason(labels.get("mybranch.problems.empty"));
        for (MyBranchQueries.ProblemRow row : rows) {
            table.row(row.fileName(), named(tree, row.orgCode()), labels.get("mybranch.fileStatus." + row.fileOutcome()), WHEN.format(row.receivedAt()),
                    row.tableName(), row.rowNo(), row.columnName().orElse(null), row.value().orElse(null), english() ? row.english() : row.chinese(),
                    fix(row.rule()));
        }
        return table.build();
    }

    /** What to do about a broken rule, in plain words. */
    private String fix(String rule)
    {
        String key = "mybranch.fix." + rule;
        String text = labels.get(key);
        return text.equals(key) ? labels.get("mybranch.fix.default") : text;
    }

    /** The refusal texts say 隔离区 (quarantine); a secretary reads 问题行 (problem rows). */
    private String plain(String reason)
    {
        return reason.replace("隔离区", labels.get("mybranch.plain.quarantine")).replace("the quarantine", labels.get("mybranch.plain.quarantine"));
    }

    private static boolean english()
    {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /**
     * The months of the submission history: from the first analysed month to the chosen one; at the latest analysed month
     * also the newer months the organization has already sent.
     */
    private List<Month> months(Selection selection, String orgCode)
    {
        List<Month> months = new ArrayList<>(selection.months().stream().filter(candidate -> candidate.key() <= selection.month().key()).toList());
        if (months.isEmpty()) {
            months.add(selection.month());
        }
        boolean latest = selection.months().isEmpty() || selection.months().get(selection.months().size() - 1).equals(selection.month());
        Optional<Month> sent = history.latestMonth(orgCode);
        if (latest && sent.isPresent()) {
            for (Month next = next(months.get(months.size() - 1)); next.key() <= sent.get().key(); next = next(next)) {
                months.add(next);
            }
        }
        return months;
    }

    private static Month next(Month month)
    {
        return month.monthOfYear() == 12 ? new Month((month.year() + 1) * 100 + 1) : new Month(month.key() + 1);
    }

    private static List<String> allTops(OrganizationTree.Snapshot tree)
    {
        return tree.organizations().values().stream()
                .filter(organization -> organization.active() && organization.parentCode().flatMap(tree::find).map(parent -> !parent.active()).orElse(true))
                .map(OrganizationTree.Organization::code)
                .sorted()
                .toList();
    }

    private static List<String> topDown(OrganizationTree.Snapshot tree, List<String> tops)
    {
        List<String> ordered = new ArrayList<>();
        for (String top : tops) {
            ordered.add(top);
            ordered.addAll(topDown(tree, tree.children().getOrDefault(top, List.of())));
        }
        return ordered;
    }

    private static Map<String, Object> named(OrganizationTree.Snapshot tree, String code)
    {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("code", code);
        organization.put("name", tree.name(code));
        return organization;
    }
}
