package io.bastion.ingest.simulation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a park month by month: enterprises move in and out, organizations are founded, dissolved
 * and re-elected, people apply, advance, transfer, die or drop out; every organization reports.
 */
final class ParkSimulation
{
    /** The chance that outreach reaches an uncovered newcomer in a month: about half are covered within three months. */
    private static final double NEWCOMER_REACHED_PER_MONTH = 0.2;

    private final Park park;
    private final Dice dice;
    private final Dice sendingDice;
    private final Dice outreachDice;
    private final List<Submission> submissions = new ArrayList<>();

    ParkSimulation(Park park)
    {
        this.park = park;
        this.dice = park.dice.split();
        this.sendingDice = park.dice.split();
        this.outreachDice = park.dice.split();
    }

    /** Simulates the month and returns what the park's organizations send for it. */
    List<Submission> run(YearMonth month)
    {
        submissions.clear();
        Map<Organization, List<Departure>> departures = new LinkedHashMap<>();
        moveEnterprises(month);
        reachNewcomers(month);
        foundOrganization(month);
        dissolveOrganization(month, departures);
        holdElections(month);
        movePeople(month, departures);
        welcomePeople(month);
        report(month, departures);
        return List.copyOf(submissions);
    }

    private void moveEnterprises(YearMonth month)
    {
        int arrivals = dice.between(1, 5);
        for (int i = 0; i < arrivals; i++) {
            UnitCategory category = dice.chance(0.9) ? UnitCategory.NON_PUBLIC : UnitCategory.SOCIAL_ORGANIZATION;
            String unitName = category == UnitCategory.NON_PUBLIC ? park.newCompanyName() : park.name + "新兴产业促进会";
            park.newEnterprise(category, unitName, dice.dayIn(month));
        }
        List<Enterprise> leaving = new ArrayList<>(park.uncoveredBefore(month.atDay(1), UnitCategory.NON_PUBLIC));
        int departuresCount = Math.min(dice.between(0, 5), leaving.size());
        for (int i = 0; i < departuresCount; i++) {
            Enterprise enterprise = leaving.remove(dice.between(0, leaving.size() - 1));
            enterprise.movedOutOn = dice.dayIn(month);
        }
    }

    /**
     * The committee's outreach: a non-public enterprise that moved in during the past year and has no organization yet
     * has its members attached (挂靠) to a branch each month with some chance, so most newcomers are covered within months.
     */
    private void reachNewcomers(YearMonth month)
    {
        LocalDate monthStart = month.atDay(1);
        List<Organization> hosts = park.activeBranches(monthStart).stream()
                .filter(branch -> branch.kind == OrganizationKind.BRANCH && branch.category == UnitCategory.NON_PUBLIC)
                .toList();
        if (hosts.isEmpty()) {
            return;
        }
        for (Enterprise enterprise : park.uncoveredBefore(monthStart, UnitCategory.NON_PUBLIC)) {
            if (enterprise.movedInOn.isAfter(monthStart.minusYears(1)) && outreachDice.chance(NEWCOMER_REACHED_PER_MONTH)) {
                park.cover(outreachDice.pick(hosts), enterprise, true);
            }
        }
    }

    /** About two new organizations a year: an enterprise without one forms its own branch. */
    private void foundOrganization(YearMonth month)
    {
        List<Enterprise> candidates = park.uncoveredBefore(month.atDay(1), UnitCategory.NON_PUBLIC);
        if (candidates.isEmpty() || !dice.chance(2.0 / 12)) {
            return;
        }
        Enterprise enterprise = dice.pick(candidates);
        LocalDate established = dice.dayIn(month);
        Organization branch = park.newBranch(enterprise.name + "党支部", OrganizationKind.BRANCH, enterprise.category, established, established);
        park.cover(branch, enterprise, false);
        int size = dice.between(3, 9);
        for (int i = 0; i < size; i++) {
            Person person = i < 3 || dice.chance(0.8)
                    ? park.peopleFactory.longStandingMember(branch, established)
                    : park.peopleFactory.applicantIn(branch, month);
            person.joinedOrganizationIn = month;
            park.addPerson(person);
        }
    }

    /** About one organization a year is dissolved: its members and units are attached to a sibling branch. */
    private void dissolveOrganization(YearMonth month, Map<Organization, List<Departure>> departures)
    {
        if (!dice.chance(1.3 / 12)) {
            return;
        }
        LocalDate monthStart = month.atDay(1);
        List<Organization> branches = park.activeBranches(monthStart).stream()
                .filter(branch -> branch.establishedOn.isBefore(monthStart))
                .toList();
        List<Organization> dissolvable = branches.stream().filter(branch -> !branch.demonstrationSite).toList();
        if (dissolvable.isEmpty() || branches.size() < 2) {
            return;
        }
        Organization dissolved = dice.pick(dissolvable);
        List<Organization> hosts = branches.stream()
                .filter(branch -> branch != dissolved && branch.parent == dissolved.parent && branch.kind == OrganizationKind.BRANCH)
                .toList();
        if (hosts.isEmpty()) {
            return;
        }
        Organization host = dice.pick(hosts);
        dissolved.dissolvedOn = dice.dayIn(month);
        for (Organization.CoveredUnit unit : dissolved.coveredUnits) {
            boolean alreadyCovered = host.coveredUnits.stream().anyMatch(covered -> covered.enterprise() == unit.enterprise());
            if (!alreadyCovered) {
                park.cover(host, unit.enterprise(), true);
            }
        }
        for (Person person : park.people) {
            if (person.organization == dissolved) {
                departures.computeIfAbsent(dissolved, ignored -> new ArrayList<>()).add(new Departure(person, person.unit, "转出"));
                person.organization = host;
                person.joinedOrganizationIn = month;
            }
        }
    }

    /** Due elections are held in most months they fall due; some organizations keep postponing theirs. */
    private void holdElections(YearMonth month)
    {
        for (Organization organization : park.organizations) {
            if (!organization.submitsIn(month) || organization.dissolvedOn != null || organization.postponesElections) {
                continue;
            }
            boolean due = !organization.termStartedOn.plusYears(organization.kind.termYears()).isAfter(month.atEndOfMonth());
            if (due && dice.chance(0.4)) {
                organization.termStartedOn = dice.dayIn(month);
                if (dice.chance(0.3)) {
                    organization.secretary = Names.person(dice.chance(0.6), dice);
                }
            }
        }
    }

    private void movePeople(YearMonth month, Map<Organization, List<Departure>> departures)
    {
        LocalDate monthEnd = month.atEndOfMonth();
        List<Organization> hosts = park.activeBranches(month.atDay(1));
        Iterator<Person> people = park.people.iterator();
        while (people.hasNext()) {
            Person person = people.next();
            if (month.equals(person.joinedOrganizationIn)) {
                continue;
            }
            boolean member = person.stageAt(monthEnd).isMember();
            int age = person.birthDate.until(monthEnd).getYears();
            double draw = dice.uniform(0, 1);
            String reason = null;
            if (draw < (age >= 75 ? 0.003 : 0.00005)) {
                reason = "死亡";
            }
            else if (member && draw < 0.0002) {
                reason = "失联";
            }
            else if (draw < 0.0006) {
                reason = "转出";
            }
            else if (member && draw < 0.0036 && hosts.size() > 1) {
                Organization host = dice.pick(hosts);
                if (host != person.organization) {
                    departures.computeIfAbsent(person.organization, ignored -> new ArrayList<>()).add(new Departure(person, person.unit, "转出"));
                    park.peopleFactory.assignTo(person, host);
                    person.joinedOrganizationIn = month;
                }
                continue;
            }
            if (reason != null) {
                departures.computeIfAbsent(person.organization, ignored -> new ArrayList<>()).add(new Departure(person, person.unit, reason));
                people.remove();
            }
        }
    }

    /** New applicants and members transferred in from outside the park. */
    private void welcomePeople(YearMonth month)
    {
        List<Organization> hosts = park.activeBranches(month.atDay(1)).stream()
                .filter(branch -> branch.establishedOn.isBefore(month.atDay(1)))
                .toList();
        int applicants = dice.between(1, 4);
        for (int i = 0; i < applicants; i++) {
            Person person = park.peopleFactory.applicantIn(dice.pick(hosts), month);
            person.joinedOrganizationIn = month;
            park.addPerson(person);
        }
        int arrivals = dice.between(0, 3);
        for (int i = 0; i < arrivals; i++) {
            Person person = park.peopleFactory.longStandingMember(dice.pick(hosts), month.atDay(1));
            person.joinedOrganizationIn = month;
            park.addPerson(person);
        }
    }

    private void report(YearMonth month, Map<Organization, List<Departure>> departures)
    {
        Map<Organization, List<Person>> rosters = new LinkedHashMap<>();
        for (Person person : park.people) {
            rosters.computeIfAbsent(person.organization, ignored -> new ArrayList<>()).add(person);
        }
        for (Organization organization : park.organizations) {
            if (!organization.submitsIn(month)) {
                continue;
            }
            List<Row> people = new ArrayList<>();
            int members = 0;
            int fullMembers = 0;
            for (Person person : rosters.getOrDefault(organization, List.of())) {
                boolean steady = person.joinedOrganizationIn == null || person.joinedOrganizationIn.isBefore(month);
                people.add(SubmissionRows.personRow(person, person.unit, month, null, steady));
                Stage stage = person.stageAt(month.atEndOfMonth());
                members += stage.isMember() ? 1 : 0;
                fullMembers += stage == Stage.FULL ? 1 : 0;
            }
            for (Departure departure : departures.getOrDefault(organization, List.of())) {
                people.add(SubmissionRows.personRow(departure.person(), departure.unit(), month, departure.reason(), false));
            }
            List<Row> life = SubmissionRows.lifeRows(organization, month, members, fullMembers, dice);
            submit(organization, month, people, life, members);
        }
    }

    /** Sends the month's tables: on time mostly, late or never for some branches, twice for a few. */
    private void submit(Organization organization, YearMonth month, List<Row> people, List<Row> life, int members)
    {
        boolean firstOrLastMonth = organization.establishedOn.isAfter(month.atDay(1).minusDays(1)) || organization.dissolvedOn != null;
        if (organization.kind.isBranch() && !firstOrLastMonth && sendingDice.chance(0.015)) {
            return;
        }
        YearMonth next = month.plusMonths(1);
        LocalDate submittedOn = sendingDice.chance(organization.lateness) ? next.atDay(sendingDice.between(6, 25)) : next.atDay(sendingDice.between(1, 5));
        int reported = members;
        if (sendingDice.chance(0.03)) {
            reported = Math.max(0, members + sendingDice.pick(List.of(-2, -1, 1, 2)));
        }
        DateStyle style = organization.format.dateStyleFor(organization.dateHabit, sendingDice);
        Row organizationRow = SubmissionRows.organizationRow(organization, month, submittedOn, reported);
        Submission submission = new Submission(organization, month, submittedOn, Submission.Placement.REGULAR, style, organizationRow, people, life);
        if (!sendingDice.chance(0.005)) {
            submissions.add(submission);
            return;
        }
        // Sent twice: the first one missed a person (or miscounted), the later one corrects it.
        List<Row> firstPeople = new ArrayList<>(people);
        List<Integer> droppable = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).defectAllowed()) {
                droppable.add(i);
            }
        }
        Row firstOrganizationRow = organizationRow;
        if (droppable.isEmpty()) {
            firstOrganizationRow = organizationRow.with(SubmissionRows.MEMBER_COUNT, reported + 1);
        }
        else {
            firstPeople.remove((int) sendingDice.pick(droppable));
        }
        submissions.add(new Submission(organization, month, submittedOn, Submission.Placement.REGULAR, style, firstOrganizationRow, firstPeople, life));
        LocalDate resubmittedOn = submittedOn.plusDays(sendingDice.between(2, 12));
        submissions.add(new Submission(organization, month, resubmittedOn, Submission.Placement.RESUBMITTED, style,
                organizationRow.with(2, resubmittedOn), people, life));
    }

    /** A person leaving an organization this month, with the unit they worked in and why. */
    record Departure(Person person, Enterprise unit, String reason) {}
}
