package io.bastion.ingest.simulation;

import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.validation.Rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Quarterly grades (分类定级) of every active organization; grades drift by a step between quarters. */
final class GradesFeed
{
    static final List<String> GRADES = List.of("好", "较好", "一般", "较差");

    static final int BAD_ROWS_PER_PARK = 3;

    private final Dice dice;
    private final Map<Organization, Integer> current = new HashMap<>();

    GradesFeed(Dice dice)
    {
        this.dice = dice;
    }

    /** Grades every organization that exists before the first quarter, so demonstration sites can be chosen among the best. */
    void initialize(List<Park> parks)
    {
        for (Park park : parks) {
            park.organizations.forEach(this::nextGrade);
        }
    }

    /** The quarter's file, written once its last month ({@code month}) is simulated. */
    FeedFile file(List<Park> parks, YearMonth month, int badRows)
    {
        String period = month.getYear() + "Q" + month.getMonthValue() / 3;
        LocalDate quarterEnd = month.atEndOfMonth();
        List<Row> rows = new ArrayList<>();
        List<BadFeedRows.Position> eligible = new ArrayList<>();
        for (Park park : parks) {
            for (Organization organization : park.organizations) {
                if (!organization.activeAt(quarterEnd)) {
                    continue;
                }
                int grade = nextGrade(organization);
                BigDecimal score = BigDecimal.valueOf(score(grade)).setScale(1, RoundingMode.HALF_UP);
                eligible.add(new BadFeedRows.Position(0, rows.size()));
                rows.add(Row.valid(Arrays.asList(organization.code, period, GRADES.get(grade), score, month.atDay(dice.between(15, 28))), false));
            }
        }
        BadFeedRows.breakSome(List.of(rows), eligible, badRows, dice, row -> dice.chance(0.5)
                ? row.breaking(Rule.INVALID_CHOICE, 2, "优秀")
                : row.breaking(Rule.INVALID_DATE, 4, month.getYear() + "-13-" + dice.between(32, 40)));
        boolean xlsx = dice.chance(0.5);
        return new FeedFile(InputTable.GRADES, "分类定级_" + period, "committee", xlsx, RegistryFeed.feedDateStyle(xlsx, dice), rows);
    }

    /** The grade an organization had most recently (好 = 0 … 较差 = 3), for choosing demonstration sites. */
    int latestGrade(Organization organization)
    {
        return current.getOrDefault(organization, 3);
    }

    private int nextGrade(Organization organization)
    {
        Integer previous = current.get(organization);
        int grade;
        if (previous == null) {
            grade = dice.weighted(List.of(0, 1, 2, 3), 35, 35, 22, 8);
        }
        else if (dice.chance(0.8)) {
            grade = previous;
        }
        else {
            grade = Math.max(0, Math.min(3, previous + (dice.chance(0.55) ? -1 : 1)));
        }
        current.put(organization, grade);
        return grade;
    }

    private double score(int grade)
    {
        return switch (grade) {
            case 0 -> dice.uniform(90, 99.9);
            case 1 -> dice.uniform(80, 89.9);
            case 2 -> dice.uniform(70, 79.9);
            default -> dice.uniform(55, 69.9);
        };
    }
}
