package io.bastion.ingest.load;

import io.bastion.ingest.format.FileRejectedException;
import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.validation.ValidRows;
import io.bastion.ingest.validation.ValidatedTables;
import io.bastion.ingest.validation.Violation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a sender reads about each file of a delivery: its refusal (or that of its sibling), why it
 * was not put in force, or its first problem rows — and a warning when a roster of nobody was loaded.
 */
final class OutcomeMessages
{
    static final int SHOWN_PROBLEMS = 3;

    private OutcomeMessages() {}

    /** Why a delivery was archived but is not in force, in Chinese and English. */
    record Reason(String chinese, String english) {}

    static final Reason SUPERSEDED_FEED = new Reason("同名文件在本批中有更晚到达的一份，以那一份为准，本文件未替换",
            "a file of the same name arrived later in this run and is in force; this one replaces nothing");

    /** Why a submission is not put in force: the one that is was signed off later, or on the same day and arrived later. */
    static Reason superseded(LocalDate submittedOn, LocalDate winnerSubmittedOn, boolean winnerLoadedBefore)
    {
        if (winnerLoadedBefore) {
            return new Reason("报送日期 " + submittedOn + " 早于已入库的 " + winnerSubmittedOn + "，未替换",
                    "报送日期 " + submittedOn + " is earlier than the " + winnerSubmittedOn + " already loaded; it replaces nothing");
        }
        if (submittedOn.equals(winnerSubmittedOn)) {
            return new Reason("报送日期同为 " + submittedOn + "，以本批中后到达的一份为准，未替换",
                    "报送日期 " + submittedOn + " is the same as that of one that arrived later in this run, which is in force; it replaces nothing");
        }
        return new Reason("报送日期 " + submittedOn + " 早于本批中的 " + winnerSubmittedOn + "，未替换",
                "报送日期 " + submittedOn + " is earlier than the " + winnerSubmittedOn + " received in this run; it replaces nothing");
    }

    static FileOutcome of(Delivery delivery, Part part, Outcome outcome, Optional<Reason> superseded)
    {
        PartCounts counts = PartCounts.of(delivery, part, outcome);
        String name = part.name().original();
        String source = part.source().toString();
        if (delivery.rejection().isPresent()) {
            FileRejectedException refusal = forPart(delivery, part);
            return new FileOutcome(name, source, outcome, counts.read(), counts.loaded(), counts.rejected(), refusal.chinese(), refusal.english());
        }
        if (outcome == Outcome.SUPERSEDED && superseded.isPresent()) {
            return new FileOutcome(name, source, outcome, counts.read(), counts.loaded(), counts.rejected(), superseded.get().chinese(), superseded.get().english());
        }
        List<Violation> problems = problems(delivery, part);
        String chinese = problems.isEmpty() ? "" : counts.rejected() + " 行有问题未入库（问题行）：" + shown(problems.stream().map(Violation::chinese).toList(), "；", "……");
        String english = problems.isEmpty() ? "" : counts.rejected() + " row(s) with problems not loaded: " + shown(problems.stream().map(Violation::english).toList(), "; ", "…");
        Optional<Reason> warning = outcome == Outcome.LOADED ? emptyRoster(delivery, part) : Optional.empty();
        if (warning.isPresent()) {
            chinese = join(warning.get().chinese(), chinese, "。");
            english = join(warning.get().english(), english, ". ");
        }
        return new FileOutcome(name, source, outcome, counts.read(), counts.loaded(), counts.rejected(), chinese, english, warning.isPresent());
    }

    /** The refusal as one part of the delivery reads it: a CSV part refused for its sibling says so. */
    static FileRejectedException forPart(Delivery delivery, Part part)
    {
        FileRejectedException refusal = delivery.rejection().orElseThrow();
        if (delivery.parts().size() == 1 || refusal.fileName().equals(part.name().original())) {
            return refusal;
        }
        return delivery.parts().stream()
                .filter(sibling -> sibling.name().original().equals(refusal.fileName()) && sibling.name().csvPart().isPresent())
                .findFirst()
                .map(sibling -> FileRejectedException.becauseOfSibling(part.name().original(), sibling.name().csvPart().get(), refusal.fileName()))
                .orElse(refusal);
    }

    /** The violations of the rows this part carries, in row order. */
    private static List<Violation> problems(Delivery delivery, Part part)
    {
        if (delivery.tables().isEmpty()) {
            return List.of();
        }
        Optional<String> table = part.name().csvPart().map(InputTable::sheetName);
        return delivery.tables().get().rejected().stream()
                .filter(row -> table.isEmpty() || row.table().equals(table.get()))
                .flatMap(row -> row.violations().stream())
                .toList();
    }

    /** A submission in force whose roster holds nobody while its 党员人数 says otherwise (DOMAIN.md: totals reconcile). */
    private static Optional<Reason> emptyRoster(Delivery delivery, Part part)
    {
        if (delivery.tables().isEmpty() || part.name().csvPart().filter(table -> table != InputTable.PEOPLE).isPresent()) {
            return Optional.empty();
        }
        ValidatedTables tables = delivery.tables().get();
        Optional<ValidRows.Organization> organization = tables.organization();
        if (organization.isEmpty() || !tables.people().isEmpty() || organization.get().memberCount() == 0) {
            return Optional.empty();
        }
        int count = organization.get().memberCount();
        return Optional.of(new Reason(
                "请注意：「人员信息」中没有入库的人员，而「党员人数」为 " + count + "：如名册漏填，请补全后重新报送整份报送",
                "Please check: 人员信息 loaded nobody while 党员人数 says " + count + ": if the roster was left out, complete it and send the whole submission again"));
    }

    private static String shown(List<String> messages, String separator, String more)
    {
        String shown = String.join(separator, messages.subList(0, Math.min(SHOWN_PROBLEMS, messages.size())));
        return messages.size() > SHOWN_PROBLEMS ? shown + separator + more : shown;
    }

    private static String join(String first, String second, String separator)
    {
        return second.isEmpty() ? first : first + separator + second;
    }
}
