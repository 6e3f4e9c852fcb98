package io.bastion.analytics.job;

import io.bastion.analytics.admissions.Admissions;
import io.bastion.analytics.coverage.Coverage;
import io.bastion.analytics.findings.Findings;
import io.bastion.analytics.grades.GradeMigration;
import io.bastion.analytics.liaison.LiaisonProgress;
import io.bastion.analytics.membership.Membership;
import io.bastion.analytics.organizationlife.OrganizationLife;
import io.bastion.analytics.sites.DemonstrationSites;
import io.bastion.analytics.targets.Targets;
import io.bastion.analytics.timeliness.SubmissionTimeliness;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every mart family the Spark job computes. A feature adds its {@link MartComputation} to the list; the job writes
 * whatever marts the list returns, and the mart load requires one folder per mart table of the schema.
 */
public final class Marts
{
    /**
     * The marts recomputed over every analysed month even when a run recomputes from a month: they read the admission
     * events, which are re-read from each person's latest roster row, so the organization of an event (and the roster row
     * the new-member structure reads) can change for any past month. They read no month-by-month state of the people, so
     * they stay cheap.
     */
    public static final Set<String> OVER_ALL_MONTHS = Set.of("mart_admission_conversion", "mart_new_member_structure");
    /**
     * The marts a recomputation from a month still writes whole, for the load to replace: those {@link #OVER_ALL_MONTHS},
     * the first coverage of new enterprises, the admission flow and the procedure findings, which compute the months
     * before the recomputed ones from what they read of every month and from the last run's rows (their month-by-month
     * state: first coverage, the stock, the organization findings; ParkState.withLastRunBefore). Every other mart is
     * written from that month on and replaces only those months' rows.
     */
    public static final Set<String> WRITTEN_WHOLE = Stream.concat(OVER_ALL_MONTHS.stream(),
            Stream.of("mart_enterprise_first_coverage", "mart_admission_flow", "mart_procedure_finding")).collect(Collectors.toUnmodifiableSet());

    private Marts() {}

    public static List<MartComputation> all()
    {
        return List.of(new Coverage(), new Membership(), new Admissions(), new Findings(), new GradeMigration(), new OrganizationLife(),
                new SubmissionTimeliness(), new DemonstrationSites(), new LiaisonProgress(), new Targets());
    }
}
