package io.bastion.ingest.simulation;

import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.validation.Rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Demonstration sites (3:6:12 city:district:department per park), the liaison staff assigned to
 * them, and their monthly contacts: most months a call or video, an on-site visit most quarters.
 */
final class LiaisonFeeds
{
    private static final List<String> LEVELS = List.of("市级", "区级", "部门级");
    private static final List<String> TITLES = List.of(
            "党工委书记", "党工委副书记", "党工委委员", "党工委委员", "党群工作部部长", "党群工作部副部长", "组织委员", "宣传委员", "纪检委员");
    private static final List<String> SUMMARIES = List.of(
            "了解支部当月组织生活开展情况", "指导发展党员工作", "协调解决党建阵地建设问题", "督促三会一课落实",
            "听取示范点创建工作汇报", "指导换届选举准备工作", "调研党建引领企业发展", "交流党建品牌培育思路");

    private static final int BAD_ROWS_PER_PARK = 3;

    private final Dice dice;
    private final List<Site> sites = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();

    LiaisonFeeds(Dice dice)
    {
        this.dice = dice;
    }

    private record Site(Organization organization, String level, LocalDate namedOn, LocalDate revokedOn) {}

    private record Assignment(String liaison, String title, Site site, LocalDate startOn, LocalDate endOn, double diligence) {}

    /**
     * Names the demonstration sites among the best-graded branches before the months begin; a
     * site is never dissolved, so its liaison always has someone to contact.
     */
    void chooseSites(List<Park> parks, List<YearMonth> months, GradesFeed grades)
    {
        LocalDate firstDay = months.get(0).atDay(1);
        LocalDate lastDay = months.get(months.size() - 1).atEndOfMonth();
        for (Park park : parks) {
            chooseSites(park, firstDay, lastDay, grades);
        }
    }

    List<FeedFile> files(List<YearMonth> months, int scale)
    {
        List<FeedFile> files = new ArrayList<>();
        files.add(feed(InputTable.DEMONSTRATION_SITES, "示范点", sites.stream()
                .map(site -> Row.valid(Arrays.asList(site.organization().code, site.level(), site.namedOn(), site.revokedOn()), false))
                .toList()));
        files.add(feed(InputTable.LIAISON_ASSIGNMENTS, "联系点分配", assignments.stream()
                .map(assignment -> Row.valid(Arrays.asList(assignment.liaison(), assignment.title(), assignment.site().organization().code,
                        assignment.startOn(), assignment.endOn()), false))
                .toList()));
        List<List<Row>> monthRows = new ArrayList<>();
        List<BadFeedRows.Position> eligible = new ArrayList<>();
        for (YearMonth month : months) {
            List<Row> rows = contacts(month);
            for (int row = 0; row < rows.size(); row++) {
                eligible.add(new BadFeedRows.Position(monthRows.size(), row));
            }
            monthRows.add(rows);
        }
        // A bad row is an extra contact next to a good one, so no assignment loses its month's contact.
        List<BadFeedRows.Position> chosen = new ArrayList<>();
        for (int i = 0; i < BAD_ROWS_PER_PARK * scale && !eligible.isEmpty(); i++) {
            chosen.add(eligible.remove(dice.between(0, eligible.size() - 1)));
        }
        for (int index = 0; index < months.size(); index++) {
            YearMonth month = months.get(index);
            List<Row> rows = new ArrayList<>();
            List<Row> good = monthRows.get(index);
            for (int row = 0; row < good.size(); row++) {
                rows.add(good.get(row));
                if (chosen.contains(new BadFeedRows.Position(index, row))) {
                    rows.add(badContact(good.get(row), good, month));
                }
            }
            files.add(feed(InputTable.LIAISON_CONTACTS, "联系点记录_" + month, rows));
        }
        return files;
    }

    private FeedFile feed(InputTable table, String baseName, List<Row> rows)
    {
        boolean xlsx = dice.chance(0.35);
        return new FeedFile(table, baseName, "committee", xlsx, RegistryFeed.feedDateStyle(xlsx, dice), rows);
    }

    private void chooseSites(Park park, LocalDate firstDay, LocalDate lastDay, GradesFeed grades)
    {
        List<Organization> candidates = new ArrayList<>(park.organizations.stream()
                .filter(organization -> organization.kind.isBranch())
                .filter(organization -> organization.establishedOn.isBefore(firstDay.minusYears(1)))
                .sorted(Comparator.comparingInt(grades::latestGrade))
                .toList());
        List<Site> parkSites = new ArrayList<>();
        int[] counts = {3, 6, 12};
        for (int level = 0; level < counts.length; level++) {
            for (int i = 0; i < counts[level] && !candidates.isEmpty(); i++) {
                Organization organization = candidates.remove(dice.between(0, Math.min(5, candidates.size() - 1)));
                LocalDate earliest = organization.establishedOn.plusYears(1);
                LocalDate namedOn = dice.dayBetween(earliest.isAfter(firstDay.minusYears(3)) ? earliest : firstDay.minusYears(3), lastDay.minusMonths(4));
                LocalDate revokedOn = level == 2 && i < 2 ? dice.dayBetween(namedOn.plusYears(1), lastDay.minusDays(10)) : null;
                if (revokedOn != null && revokedOn.isBefore(namedOn.plusDays(30))) {
                    revokedOn = null;
                }
                organization.demonstrationSite = true;
                parkSites.add(new Site(organization, LEVELS.get(level), namedOn, revokedOn));
            }
        }
        sites.addAll(parkSites);
        List<String> liaisons = new ArrayList<>();
        for (int i = 0; i < TITLES.size(); i++) {
            liaisons.add(Names.person(dice.chance(0.6), dice));
        }
        for (int i = 0; i < parkSites.size(); i++) {
            Site site = parkSites.get(i);
            int liaison = i % liaisons.size();
            LocalDate startOn = site.namedOn().plusDays(dice.between(0, 30));
            boolean reassigned = i == 4 && site.revokedOn() == null;
            LocalDate endOn = site.revokedOn();
            if (reassigned) {
                endOn = dice.dayBetween(startOn.plusMonths(6), lastDay.minusMonths(2));
                int successor = (liaison + 3) % liaisons.size();
                assignments.add(new Assignment(liaisons.get(successor), TITLES.get(successor), site, endOn.plusDays(1), null, diligence()));
            }
            assignments.add(new Assignment(liaisons.get(liaison), TITLES.get(liaison), site, startOn, endOn, diligence()));
        }
    }

    private double diligence()
    {
        return dice.chance(0.8) ? 0.95 : 0.7;
    }

    /** An extra contact beside a good one; a bad mode goes on a day with no other contact, so no key repeats. */
    private Row badContact(Row good, List<Row> monthRows, YearMonth month)
    {
        Row extra = good.with(3, "电话").with(4, dice.pick(SUMMARIES));
        Set<LocalDate> used = new HashSet<>();
        for (Row row : monthRows) {
            if (row.value(0).equals(good.value(0)) && row.value(1).equals(good.value(1))) {
                used.add((LocalDate) row.value(2));
            }
        }
        for (int day = 1; day <= month.lengthOfMonth() && dice.chance(0.5); day++) {
            if (!used.contains(month.atDay(day))) {
                return extra.with(2, month.atDay(day)).breaking(Rule.INVALID_CHOICE, 3, "邮件");
            }
        }
        return extra.breaking(Rule.INVALID_DATE, 2, month.getYear() + "/" + month.getMonthValue() + "/" + dice.between(32, 40));
    }

    private List<Row> contacts(YearMonth month)
    {
        List<Row> rows = new ArrayList<>();
        LocalDate monthStart = month.atDay(1);
        LocalDate monthEnd = month.atEndOfMonth();
        for (Assignment assignment : assignments) {
            if (assignment.startOn().isAfter(monthEnd) || (assignment.endOn() != null && assignment.endOn().isBefore(monthStart))) {
                continue;
            }
            LocalDate from = assignment.startOn().isAfter(monthStart) ? assignment.startOn() : monthStart;
            LocalDate to = assignment.endOn() != null && assignment.endOn().isBefore(monthEnd) ? assignment.endOn() : monthEnd;
            // The quarter's on-site visit, in the month the liaison planned it for.
            boolean visitMonth = (month.getMonthValue() - 1) % 3 == Math.floorMod(assignment.liaison().hashCode(), 3);
            // One contact a day at most, so (联系人, 示范点, 联系日期) never repeats.
            Map<LocalDate, Row> monthRows = new TreeMap<>();
            if (visitMonth && dice.chance(0.85)) {
                LocalDate day = dice.dayBetween(from, to);
                monthRows.put(day, contact(assignment, day, "现场"));
            }
            if (dice.chance(assignment.diligence())) {
                int calls = dice.between(1, 2);
                for (int i = 0; i < calls; i++) {
                    LocalDate day = dice.dayBetween(from, to);
                    monthRows.putIfAbsent(day, contact(assignment, day, dice.chance(0.7) ? "电话" : "视频"));
                }
            }
            rows.addAll(monthRows.values());
        }
        return rows;
    }

    private Row contact(Assignment assignment, LocalDate day, String mode)
    {
        return Row.valid(Arrays.asList(assignment.liaison(), assignment.site().organization().code, day, mode, dice.pick(SUMMARIES)), false);
    }

    /** 年度目标 for each year the months touch, with the park plan's indicators (rates sometimes written as percentages). */
    List<FeedFile> targets(List<YearMonth> months, int scale)
    {
        List<FeedFile> files = new ArrayList<>();
        for (int year = months.get(0).getYear(); year <= months.get(months.size() - 1).getYear(); year++) {
            boolean percent = dice.chance(0.6);
            List<Row> rows = List.of(
                    target(year, "新建基层党组织", String.valueOf(2 * scale)),
                    target(year, "新发展党员", String.valueOf(20 * scale)),
                    target(year, "党员参加组织生活率", percent ? "98%" : "0.98"),
                    target(year, "流动党员纳入管理率", percent ? "100%" : "1.00"),
                    target(year, "业务骨干率", percent ? "80%" : "0.80"),
                    target(year, "先进率", percent ? "40%" : "0.40"));
            files.add(feed(InputTable.ANNUAL_TARGETS, "年度目标_" + year, rows));
        }
        return files;
    }

    private static Row target(int year, String indicator, String value)
    {
        return Row.valid(Arrays.asList(year, indicator, value), false);
    }
}
