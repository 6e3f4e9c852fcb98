package io.bastion.ingest.simulation;

import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.validation.Rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The management committee's monthly registry files, with a handful of bad rows nobody depends on. */
final class RegistryFeed
{
    static final int BAD_ROWS_PER_PARK = 5;

    private final Dice dice;

    RegistryFeed(Dice dice)
    {
        this.dice = dice;
    }

    /**
     * The month's registry, written right after the month is simulated. Bad rows go only to
     * enterprises listed the month before and named by no submission of this month ({@code referenced}).
     */
    FeedFile file(List<Park> parks, YearMonth month, boolean firstMonth, Set<String> referenced, int badRows)
    {
        List<Row> rows = new ArrayList<>();
        List<BadFeedRows.Position> eligible = new ArrayList<>();
        Map<String, Enterprise> byCode = new HashMap<>();
        for (Park park : parks) {
            for (Enterprise enterprise : park.enterprises) {
                if (!enterprise.listedIn(month)) {
                    continue;
                }
                if (!firstMonth && enterprise.movedInOn.isBefore(month.atDay(1)) && enterprise.movedOutOn == null
                        && !referenced.contains(enterprise.unitCode)) {
                    eligible.add(new BadFeedRows.Position(0, rows.size()));
                    byCode.put(enterprise.unitCode, enterprise);
                }
                rows.add(row(enterprise, month));
            }
        }
        BadFeedRows.breakSome(List.of(rows), eligible, badRows, dice, row -> breakRow(row, byCode.get((String) row.value(0))));
        boolean xlsx = dice.chance(0.4);
        return new FeedFile(InputTable.ENTERPRISE_REGISTRY, "企业名录_" + month, "registry", xlsx, feedDateStyle(xlsx, dice), rows);
    }

    private static Row row(Enterprise enterprise, YearMonth month)
    {
        LocalDate movedOut = enterprise.movedOutOn != null && !enterprise.movedOutOn.isAfter(month.atEndOfMonth()) ? enterprise.movedOutOn : null;
        return Row.valid(Arrays.asList(
                enterprise.unitCode,
                enterprise.name,
                enterprise.category.label(),
                enterprise.industry,
                enterprise.employees,
                enterprise.movedInOn,
                movedOut,
                enterprise.outputTenThousandYuan,
                enterprise.hasUnion ? "是" : "否",
                enterprise.hasYouthLeague ? "是" : "否",
                enterprise.instructor), false);
    }

    private Row breakRow(Row row, Enterprise enterprise)
    {
        Rule rule = dice.pick(List.of(Rule.UNIT_CODE_CHECK_DIGIT, Rule.INVALID_DATE, Rule.INVALID_CHOICE));
        return switch (rule) {
            case UNIT_CODE_CHECK_DIGIT -> row.breaking(rule, 0, Codes.withWrongUnitCheck(enterprise.unitCode, dice));
            case INVALID_DATE -> row.breaking(rule, 5, enterprise.movedInOn.getYear() + "-13-" + dice.between(32, 40));
            default -> row.breaking(rule, 8, "未知");
        };
    }

    /** Committee staff export mostly ISO dates; the odd file comes out of a spreadsheet differently. */
    static DateStyle feedDateStyle(boolean xlsx, Dice dice)
    {
        if (xlsx) {
            return dice.weighted(List.of(DateStyle.values()), 0.3, 0.05, 0.05, 0.1, 0.5);
        }
        return dice.weighted(List.of(DateStyle.values()), 0.75, 0.1, 0.1, 0.05, 0);
    }
}
