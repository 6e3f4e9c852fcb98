package io.bastion.ingest.simulation;

import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.validation.Rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The management committee's monthly registry files, with a handful of bad rows nobody depends on. */
final class RegistryFeed
{
    private final Dice dice;

    RegistryFeed(Dice dice)
    {
        this.dice = dice;
    }

    /** One file per month; {@code referenced} holds, per month, the unit codes any submission names. */
    List<FeedFile> files(List<Park> parks, List<YearMonth> months, Map<YearMonth, Set<String>> referenced, int scale)
    {
        double badShare = 4.0 * scale / Math.max(1, months.size() * 600.0 * scale);
        List<FeedFile> files = new ArrayList<>();
        for (YearMonth month : months) {
            List<Row> rows = new ArrayList<>();
            Set<String> named = referenced.getOrDefault(month, Set.of());
            for (Park park : parks) {
                for (Enterprise enterprise : park.enterprises) {
                    if (!enterprise.listedIn(month)) {
                        continue;
                    }
                    Row row = row(enterprise, month);
                    boolean mayBreak = !month.equals(months.get(0))
                            && enterprise.movedInOn.isBefore(month.atDay(1))
                            && enterprise.movedOutOn == null
                            && !named.contains(enterprise.unitCode);
                    rows.add(mayBreak && dice.chance(badShare) ? breakRow(row, enterprise) : row);
                }
            }
            boolean xlsx = dice.chance(0.4);
            files.add(new FeedFile(InputTable.ENTERPRISE_REGISTRY, "企业名录_" + month, "registry", xlsx, feedDateStyle(xlsx, dice), rows));
        }
        return files;
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
