package io.bastion.ingest.simulation;

import io.bastion.ingest.format.InputTable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Derives what the warehouse must hold from the rows as written, following DOMAIN.md's replacement rules. */
final class ExpectedCounts
{
    private ExpectedCounts() {}

    static Manifest.Expected of(List<Submission> submissions, List<FeedFile> feeds, Map<String, Long> badRowsByRule)
    {
        long rejected = submissions.stream().filter(Submission::rejected).count();
        List<Submission> loaded = submissions.stream().filter(submission -> !submission.rejected()).toList();
        Map<String, Submission> current = new HashMap<>();
        for (Submission submission : loaded) {
            current.merge(submission.organizationCode() + "_" + submission.month(), submission,
                    (first, second) -> second.submittedOn().isAfter(first.submittedOn()) ? second : first);
        }
        long coverageLinks = 0;
        long personMonths = 0;
        long lifeRows = 0;
        Map<String, Latest> latest = new HashMap<>();
        for (Submission submission : current.values()) {
            String covered = (String) submission.organizationRow().value(12);
            coverageLinks += covered == null ? 0 : covered.split(";").length;
            lifeRows += submission.life().stream().filter(Row::isValid).count();
            for (Row row : submission.people()) {
                if (!row.isValid()) {
                    continue;
                }
                personMonths++;
                latest.merge((String) row.value(0), new Latest(submission.month(), submission.submittedOn(), row), Latest::later);
            }
        }
        long admissionEvents = 0;
        for (Latest row : latest.values()) {
            for (int column = SubmissionRows.APPLIED_ON; column <= SubmissionRows.FULL_ON; column++) {
                admissionEvents += row.row().value(column) == null ? 0 : 1;
            }
        }
        Set<String> people = new HashSet<>();
        for (Submission submission : loaded) {
            submission.people().stream().filter(Row::isValid).forEach(row -> people.add((String) row.value(0)));
        }
        return new Manifest.Expected(
                rejected,
                badRowsByRule,
                loaded.size(),
                current.size(),
                current.size(),
                coverageLinks,
                personMonths,
                lifeRows,
                admissionEvents,
                validRows(feeds, InputTable.ENTERPRISE_REGISTRY),
                validRows(feeds, InputTable.GRADES),
                validRows(feeds, InputTable.DEMONSTRATION_SITES),
                validRows(feeds, InputTable.LIAISON_ASSIGNMENTS),
                validRows(feeds, InputTable.LIAISON_CONTACTS),
                validRows(feeds, InputTable.ANNUAL_TARGETS),
                people.size());
    }

    private static long validRows(List<FeedFile> feeds, InputTable table)
    {
        return feeds.stream()
                .filter(feed -> feed.table() == table)
                .flatMap(feed -> feed.rows().stream())
                .filter(Row::isValid)
                .count();
    }

    /** A person's latest valid row among current submissions: latest month, then latest 报送日期. */
    private record Latest(YearMonth month, LocalDate submittedOn, Row row)
    {
        Latest
        {
            Objects.requireNonNull(row, "row is null");
        }

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
