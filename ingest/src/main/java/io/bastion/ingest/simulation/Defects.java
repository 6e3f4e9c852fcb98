package io.bastion.ingest.simulation;

import io.bastion.ingest.validation.Rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Injects the small share of bad rows, each breaking exactly one rule: the person or event is
 * otherwise right, so a validator reports that rule and no other.
 */
final class Defects
{
    static final List<Rule> PEOPLE_RULES = List.of(
            Rule.ID_NUMBER_CHECK_DIGIT, Rule.BIRTH_DATE_MISMATCH, Rule.STAGE_DATES_REVERSED, Rule.STAGE_DATES_INCONSISTENT,
            Rule.UNDER_AGE_AT_APPLICATION, Rule.INVALID_CHOICE, Rule.UNIT_CODE_CHECK_DIGIT, Rule.UNKNOWN_UNIT);
    static final List<Rule> LIFE_RULES = List.of(
            Rule.ATTENDED_EXCEEDS_EXPECTED, Rule.EVENT_OUTSIDE_MONTH, Rule.INVALID_DATE, Rule.INVALID_CHOICE);
    private static final double SHARE = 0.005;

    private final Dice dice;

    Defects(Dice dice)
    {
        this.dice = dice;
    }

    Submission inject(Submission submission)
    {
        List<Row> people = new ArrayList<>();
        for (Row row : submission.people()) {
            people.add(row.defectAllowed() && dice.chance(SHARE) ? breakPerson(row) : row);
        }
        List<Row> life = new ArrayList<>();
        for (Row row : submission.life()) {
            life.add(row.defectAllowed() && dice.chance(SHARE) ? breakEvent(row, submission.month()) : row);
        }
        return submission.withRows(people, life);
    }

    private Row breakPerson(Row row)
    {
        LocalDate birth = (LocalDate) row.value(SubmissionRows.BIRTH_DATE);
        LocalDate applied = (LocalDate) row.value(SubmissionRows.APPLIED_ON);
        LocalDate activist = (LocalDate) row.value(SubmissionRows.ACTIVIST_ON);
        boolean full = Stage.FULL.label().equals(row.value(SubmissionRows.STAGE)) && row.value(SubmissionRows.JOINED_ON) != null;
        for (int attempt = 0; attempt < 10; attempt++) {
            Rule rule = dice.pick(PEOPLE_RULES);
            switch (rule) {
                case ID_NUMBER_CHECK_DIGIT:
                    return row.breaking(rule, SubmissionRows.ID_NUMBER, Codes.withWrongIdCheck((String) row.value(SubmissionRows.ID_NUMBER), dice));
                case BIRTH_DATE_MISMATCH:
                    // Earlier, never later: the person stays of age at application.
                    return row.breaking(rule, SubmissionRows.BIRTH_DATE, birth.minusDays(dice.between(1, 20)));
                case STAGE_DATES_REVERSED:
                    if (applied != null && activist != null) {
                        return row.breaking(rule, SubmissionRows.ACTIVIST_ON, applied.minusDays(dice.between(10, 60)));
                    }
                    break;
                case STAGE_DATES_INCONSISTENT:
                    if (full) {
                        return row.breaking(rule, SubmissionRows.STAGE, Stage.PROBATIONARY.label());
                    }
                    break;
                case UNDER_AGE_AT_APPLICATION:
                    if (applied != null) {
                        return row.breaking(rule, SubmissionRows.APPLIED_ON, birth.plusYears(17).minusDays(dice.between(0, 300)));
                    }
                    break;
                case INVALID_CHOICE:
                    return row.breaking(rule, SubmissionRows.GENDER, "未知");
                case UNIT_CODE_CHECK_DIGIT:
                    return row.breaking(rule, SubmissionRows.UNIT_CODE, Codes.withWrongUnitCheck((String) row.value(SubmissionRows.UNIT_CODE), dice));
                case UNKNOWN_UNIT:
                    return row.breaking(rule, SubmissionRows.UNIT_CODE, Codes.unknownUnitCode(dice));
                default:
                    throw new IllegalStateException("not a people rule: " + rule);
            }
        }
        return row.breaking(Rule.INVALID_CHOICE, SubmissionRows.GENDER, "未知");
    }

    private Row breakEvent(Row row, YearMonth month)
    {
        Rule rule = dice.pick(LIFE_RULES);
        return switch (rule) {
            case ATTENDED_EXCEEDS_EXPECTED -> row.breaking(rule, SubmissionRows.ATTENDED,
                    (Integer) row.value(SubmissionRows.EXPECTED) + dice.between(1, 3));
            case EVENT_OUTSIDE_MONTH -> row.breaking(rule, SubmissionRows.HELD_ON, month.minusMonths(1).atDay(dice.between(1, 28)));
            case INVALID_DATE -> row.breaking(rule, SubmissionRows.HELD_ON, month.getYear() + "-13-" + dice.between(32, 40));
            case INVALID_CHOICE -> row.breaking(rule, SubmissionRows.KIND, "聚餐");
            default -> throw new IllegalStateException("not a life rule: " + rule);
        };
    }
}
