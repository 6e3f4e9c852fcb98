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

/**
 * Every mart family the Spark job computes. A feature adds its {@link MartComputation} to the list; the job writes
 * whatever marts the list returns, and the mart load requires one folder per mart table of the schema.
 */
public final class Marts
{
    private Marts() {}

    public static List<MartComputation> all()
    {
        return List.of(new Coverage(), new Membership(), new Admissions(), new Findings(), new GradeMigration(), new OrganizationLife(),
                new SubmissionTimeliness(), new DemonstrationSites(), new LiaisonProgress(), new Targets());
    }
}
