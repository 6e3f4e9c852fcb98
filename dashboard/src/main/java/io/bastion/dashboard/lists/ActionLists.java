package io.bastion.dashboard.lists;

import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.web.Rates;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.bastion.sql.generated.default_schema.Tables.MART_BACKWARD_ORGANIZATION;
import static io.bastion.sql.generated.default_schema.Tables.MART_COVERAGE;
import static io.bastion.sql.generated.default_schema.Tables.MART_LATE_SUBMISSION;
import static io.bastion.sql.generated.default_schema.Tables.MART_LIAISON_PROGRESS;
import static io.bastion.sql.generated.default_schema.Tables.MART_LOST_CONTACT;
import static io.bastion.sql.generated.default_schema.Tables.MART_MUST_FORM;
import static io.bastion.sql.generated.default_schema.Tables.MART_OVERDUE_ELECTION;
import static io.bastion.sql.generated.default_schema.Tables.MART_PROCEDURE_FINDING;
import static io.bastion.sql.generated.default_schema.Tables.MART_RECONCILIATION;
import static io.bastion.sql.generated.default_schema.Tables.ORACLE_ENTERPRISE_SCOPE;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.trueCondition;

/**
 * Which rows of the marts each 待办 list holds for a selection: the one filter both the overview's counts and the lists
 * use, so a tile's count is the length of the list it opens. Organization lists keep the selection's organizations;
 * the 应建未建 list keeps the subtree's enterprises (oracle_enterprise_scope), as mart_coverage counts them.
 */
@Component
public final class ActionLists
{
    private final Rates rates;

    ActionLists(Rates rates)
    {
        this.rates = rates;
    }

    /** The count of every list at the selection's month, by the list's key, in the order of {@link ActionList}. */
    public Map<String, Long> counts(Selection selection)
    {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ActionList list : ActionList.values()) {
            counts.put(list.key(), count(list, selection));
        }
        return counts;
    }

    /** How many rows the list has: for 应建未建 the mart_coverage figure of the scope, else the rows {@link #where} keeps. */
    public long count(ActionList list, Selection selection)
    {
        if (list == ActionList.MUST_FORM) {
            return rates.read(dsl -> dsl.select(MART_COVERAGE.MUST_FORM_ENTERPRISES)
                    .from(MART_COVERAGE)
                    .where(MART_COVERAGE.MONTH_KEY.eq(selection.month().key()), MART_COVERAGE.SCOPE_KIND.eq(selection.scopeKind()),
                            MART_COVERAGE.SCOPE_CODE.eq(selection.scopeCode()))
                    .fetchOptional(MART_COVERAGE.MUST_FORM_ENTERPRISES)
                    .orElse(0L));
        }
        return rates.read(dsl -> {
            Optional<Condition> where = where(dsl, list, selection);
            return where.isEmpty() ? 0L : dsl.select(DSL.count()).from(table(list)).where(where.get()).fetchOne(0, Long.class);
        });
    }

    /** The mart a list reads. */
    static Table<?> table(ActionList list)
    {
        return switch (list) {
            case MUST_FORM -> MART_MUST_FORM;
            case BACKWARD -> MART_BACKWARD_ORGANIZATION;
            case OVERDUE_ELECTION -> MART_OVERDUE_ELECTION;
            case OVERDUE_LIAISON -> MART_LIAISON_PROGRESS;
            case LATE -> MART_LATE_SUBMISSION;
            case PROCEDURE -> MART_PROCEDURE_FINDING;
            case LOST_CONTACT -> MART_LOST_CONTACT;
            case RECONCILIATION -> MART_RECONCILIATION;
        };
    }

    /**
     * The rows of {@link #table} the list holds at the selection's month and scope; empty when it holds none (後进 before
     * the first grading period).
     */
    Optional<Condition> where(DSLContext dsl, ActionList list, Selection selection)
    {
        int month = selection.month().key();
        Optional<Set<String>> organizations = selection.organizations();
        return switch (list) {
            case MUST_FORM -> Optional.of(MART_MUST_FORM.MONTH_KEY.eq(month).and(selection.orgCode().isEmpty() ? trueCondition()
                    : DSL.exists(dsl.selectOne()
                    .from(ORACLE_ENTERPRISE_SCOPE)
                    .where(ORACLE_ENTERPRISE_SCOPE.MONTH_KEY.eq(MART_MUST_FORM.MONTH_KEY), ORACLE_ENTERPRISE_SCOPE.UNIT_CODE.eq(MART_MUST_FORM.UNIT_CODE),
                            ORACLE_ENTERPRISE_SCOPE.SCOPE_KIND.eq(selection.scopeKind()),
                            ORACLE_ENTERPRISE_SCOPE.SCOPE_CODE.eq(selection.scopeCode())))));
            case BACKWARD -> backwardPeriod(dsl, selection)
                    .map(period -> MART_BACKWARD_ORGANIZATION.PERIOD.eq(period).and(within(MART_BACKWARD_ORGANIZATION.ORG_CODE, organizations)));
            case OVERDUE_ELECTION -> Optional.of(MART_OVERDUE_ELECTION.MONTH_KEY.eq(month)
                    .and(within(MART_OVERDUE_ELECTION.ORG_CODE, organizations)));
            case OVERDUE_LIAISON -> Optional.of(MART_LIAISON_PROGRESS.MONTH_KEY.eq(month).and(MART_LIAISON_PROGRESS.OVERDUE)
                    .and(within(MART_LIAISON_PROGRESS.SITE_ORG_CODE, organizations)));
            case LATE -> Optional.of(MART_LATE_SUBMISSION.MONTH_KEY.eq(month).and(within(MART_LATE_SUBMISSION.ORG_CODE, organizations)));
            case PROCEDURE -> Optional.of(MART_PROCEDURE_FINDING.MONTH_KEY.eq(month).and(within(MART_PROCEDURE_FINDING.ORG_CODE, organizations)));
            case LOST_CONTACT -> Optional.of(MART_LOST_CONTACT.MONTH_KEY.eq(month).and(within(MART_LOST_CONTACT.ORG_CODE, organizations)));
            case RECONCILIATION -> Optional.of(MART_RECONCILIATION.MONTH_KEY.eq(month).and(within(MART_RECONCILIATION.ORG_CODE, organizations)));
        };
    }

    /** 后进 lists the latest grading period that has ended by the month, as 先进率 reads it. */
    Optional<String> backwardPeriod(DSLContext dsl, Selection selection)
    {
        return Optional.ofNullable(dsl.select(max(MART_BACKWARD_ORGANIZATION.PERIOD))
                .from(MART_BACKWARD_ORGANIZATION)
                .where(MART_BACKWARD_ORGANIZATION.PERIOD.le(selection.month().lastEndedQuarter()))
                .fetchOne(0, String.class));
    }

    private static Condition within(Field<String> orgCode, Optional<Set<String>> organizations)
    {
        return organizations.map(orgCode::in).orElse(trueCondition());
    }
}
