package io.bastion.dashboard.reports;

import io.bastion.dashboard.scope.Month;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The figures of one month's liaison-progress report, read from the marts of one analysis run: the park's summary this
 * month and last, every assignment active at M (overdue first), the roll-up per liaison, the demonstration sites per
 * level against their targets, 先进率 against its target, and what changed since last month.
 */
public record LiaisonReport(
        Month month,
        AnalysisRef analysis,
        Summary summary,
        Optional<Summary> previous,
        List<Assignment> assignments,
        List<Liaison> liaisons,
        List<SiteLevel> sites,
        Optional<Target> advancedRate,
        Changes changes)
{
    public LiaisonReport
    {
        requireNonNull(month, "month is null");
        requireNonNull(analysis, "analysis is null");
        assignments = List.copyOf(assignments);
        liaisons = List.copyOf(liaisons);
        sites = List.copyOf(sites);
    }

    /** The analysis run whose marts the report reads. */
    public record AnalysisRef(long analysisId, Month firstMonth, Month lastMonth, Optional<LocalDateTime> finishedAt)
    {
    }

    /** The park-wide roll-up at M (mart_liaison_summary, scope park) and the quarter's on-site status counts. */
    public record Summary(long active, long contacted, long overdue, Double monthlyRate, boolean quarterEnd, long quarterAssignments, long onsiteOk,
            Double quarterlyRate, long onsiteDone, long onsitePending)
    {
        public static Summary none(boolean quarterEnd)
        {
            return new Summary(0, 0, 0, null, quarterEnd, 0, 0, null, 0, 0);
        }
    }

    /** One assignment active at M (mart_liaison_progress) with the mode of its last contact (fact_liaison_contact). */
    public record Assignment(String liaison, String title, String siteCode, String siteName, LocalDate startOn, LocalDate endOn, long contactsInMonth,
            boolean monthlyOk, long onsiteInQuarter, String quarterlyStatus, LocalDate lastContactOn, String lastContactMode, Integer daysSinceLastContact,
            String lastContactSummary, boolean overdue)
    {
        /** The site's name, or its code when the name is unknown. */
        public String site()
        {
            return siteName == null || siteName.isBlank() ? siteCode : siteName;
        }

        public String key()
        {
            return liaison + "\u0000" + siteCode + "\u0000" + startOn;
        }
    }

    /** One liaison's roll-up (mart_liaison_summary, scope liaison) and their assignments. */
    public record Liaison(String liaison, String title, long active, long contacted, long overdue, Double monthlyRate, long quarterAssignments,
            long onsiteOk, Double quarterlyRate, List<Assignment> assignments)
    {
        public Liaison
        {
            assignments = List.copyOf(assignments);
        }
    }

    /** Sites of a level active at M and the year's target (mart_demonstration_sites, scope park). */
    public record SiteLevel(String level, long active, BigDecimal target)
    {
        public Long gap()
        {
            return target == null ? null : Math.max(0, target.longValue() - active);
        }
    }

    /** A target's actual at M (mart_targets). */
    public record Target(String indicator, BigDecimal target, Double actual, Double gap)
    {
    }

    /** What changed since M−1: assignments newly overdue, overdue last month and contacted now, started, ended. */
    public record Changes(boolean previousMonthAnalysed, List<Assignment> newlyOverdue, List<Assignment> stillOverdue, List<Assignment> resolved,
            List<Assignment> started, List<Assignment> ended)
    {
        public Changes
        {
            newlyOverdue = List.copyOf(newlyOverdue);
            stillOverdue = List.copyOf(stillOverdue);
            resolved = List.copyOf(resolved);
            started = List.copyOf(started);
            ended = List.copyOf(ended);
        }
    }

    /** 月度联系达标率 change since last month, in percentage points (blank when either is blank). */
    public Double monthlyRateChange()
    {
        if (previous.isEmpty() || summary.monthlyRate() == null || previous.get().monthlyRate() == null) {
            return null;
        }
        return (summary.monthlyRate() - previous.get().monthlyRate()) * 100;
    }

    public List<Assignment> overdue()
    {
        return assignments.stream().filter(Assignment::overdue).toList();
    }
}
