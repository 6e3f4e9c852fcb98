package io.bastion.ingest.simulation;

import io.bastion.ingest.format.InputTable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives what the warehouse must hold from the rows as written, following DOMAIN.md's rules: a
 * later submission for the same organization and month replaces the earlier one; a refused file
 * loads nothing; a bad row is quarantined. Fed month by month so nothing big stays in memory.
 */
final class ExpectedCounts
{
    private long rejectedFiles;
    private long submissions;
    private long currentSubmissions;
    private long coverageLinks;
    private long personMonths;
    private long lifeRows;
    private final Map<String, Latest> latestByPerson = new HashMap<>();
    private final Set<String> people = new HashSet<>();
    private final Map<InputTable, Long> validFeedRows = new EnumMap<>(InputTable.class);

    /** All the submissions of one report month. */
    void addMonth(List<Submission> monthSubmissions)
    {
        Map<String, Submission> current = new HashMap<>();
        for (Submission submission : monthSubmissions) {
            if (submission.rejected()) {
                rejectedFiles++;
                continue;
            }
            submissions++;
            submission.people().stream().filter(Row::isValid).forEach(row -> people.add((String) row.value(0)));
            current.merge(submission.organizationCode(), submission,
                    (first, second) -> second.submittedOn().isAfter(first.submittedOn()) ? second : first);
        }
        currentSubmissions += current.size();
        for (Submission submission : current.values()) {
            String covered = (String) submission.organizationRow().value(12);
            coverageLinks += covered == null ? 0 : covered.split(";").length;
            lifeRows += submission.life().stream().filter(Row::isValid).count();
            for (Row row : submission.people()) {
                if (!row.isValid()) {
                    continue;
                }
                personMonths++;
                latestByPerson.merge((String) row.value(0), new Latest(submission.month(), submission.submittedOn(), stageDates(row)), Latest::later);
            }
        }
    }

    void addFeed(FeedFile feed)
    {
        validFeedRows.merge(feed.table(), feed.rows().stream().filter(Row::isValid).count(), Long::sum);
    }

    Manifest.Expected result(Map<String, Long> badRowsByRule)
    {
        long admissionEvents = latestByPerson.values().stream().mapToLong(Latest::stageDates).sum();
        return new Manifest.Expected(
                rejectedFiles,
                badRowsByRule,
                submissions,
                currentSubmissions,
                currentSubmissions,
                coverageLinks,
                personMonths,
                lifeRows,
                admissionEvents,
                validFeedRows.getOrDefault(InputTable.ENTERPRISE_REGISTRY, 0L),
                validFeedRows.getOrDefault(InputTable.GRADES, 0L),
                validFeedRows.getOrDefault(InputTable.DEMONSTRATION_SITES, 0L),
                validFeedRows.getOrDefault(InputTable.LIAISON_ASSIGNMENTS, 0L),
                validFeedRows.getOrDefault(InputTable.LIAISON_CONTACTS, 0L),
                validFeedRows.getOrDefault(InputTable.ANNUAL_TARGETS, 0L),
                people.size());
    }

    private static int stageDates(Row row)
    {
        int count = 0;
        for (int column = SubmissionRows.APPLIED_ON; column <= SubmissionRows.FULL_ON; column++) {
            count += row.value(column) == null ? 0 : 1;
        }
        return count;
    }

    /** A person's latest valid row among current submissions: latest month, then latest 报送日期. */
    private record Latest(YearMonth month, LocalDate submittedOn, int stageDates)
    {
        static Latest later(Latest first, Latest second)
        {
            int byMonth = first.month().compareTo(second.month());
            if (byMonth != 0) {
                return byMonth > 0 ? first : second;
            }
            return second.submittedOn().isAfter(first.submittedOn()) ? second : first;
        }
    }
}
