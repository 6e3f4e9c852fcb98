package io.bastion.ingest.simulation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a park as it stands when the simulated months begin: about 600 units, 150 organizations
 * (the top 党委, five 党委/党总支 under it, branches under those) and 6,000 people.
 */
final class ParkBuilder
{
    private static final List<String> GOVERNMENT_DEPARTMENTS = List.of(
            "党群工作部", "经济发展局", "规划建设局", "社会事业局", "财政局", "综合执法局");
    private static final LocalDate PARK_FOUNDED = LocalDate.of(2006, 3, 1);

    private final Park park;
    private final Dice dice;
    private final LocalDate start;
    /** Branches to fill with people once all are founded, with their usual size range. */
    private final List<Organization> toPopulate = new ArrayList<>();
    private final List<int[]> sizes = new ArrayList<>();

    ParkBuilder(Park park, YearMonth firstMonth)
    {
        this.park = park;
        this.dice = park.dice;
        this.start = firstMonth.atDay(1);
    }

    void build()
    {
        Enterprise committee = park.newEnterprise(UnitCategory.GOVERNMENT, park.name + "管理委员会", PARK_FOUNDED);
        List<Enterprise> departments = new ArrayList<>();
        for (String department : GOVERNMENT_DEPARTMENTS) {
            departments.add(park.newEnterprise(UnitCategory.GOVERNMENT, park.name + "管委会" + department, PARK_FOUNDED));
        }
        List<Enterprise> institutions = units(UnitCategory.PUBLIC_INSTITUTION, 20, "服务中心");
        List<Enterprise> stateOwned = units(UnitCategory.STATE_OWNED, 25, null);
        List<Enterprise> societies = units(UnitCategory.SOCIAL_ORGANIZATION, 25, "协会");
        List<Enterprise> companies = units(UnitCategory.NON_PUBLIC, 522, null);

        park.top = new Organization(park.number, Codes.organizationCode(park.number, 'C', 1), park.name + "党工委",
                OrganizationKind.PARTY_COMMITTEE, null, UnitCategory.GOVERNMENT, PARK_FOUNDED.plusMonths(2),
                termStart(OrganizationKind.PARTY_COMMITTEE, PARK_FOUNDED), Names.person(true, dice), true, dice);
        park.organizations.add(park.top);
        park.cover(park.top, committee, false);
        populate(park.top, dice.between(25, 35));

        LocalDate middleEstablished = PARK_FOUNDED.plusYears(1);
        park.newMiddleOrganization(park.name + "国有企业党委", OrganizationKind.PARTY_COMMITTEE, UnitCategory.STATE_OWNED,
                middleEstablished, termStart(OrganizationKind.PARTY_COMMITTEE, middleEstablished));
        park.newMiddleOrganization(park.name + "非公企业第一综合党委", OrganizationKind.PARTY_COMMITTEE, UnitCategory.NON_PUBLIC,
                middleEstablished, termStart(OrganizationKind.PARTY_COMMITTEE, middleEstablished));
        park.newMiddleOrganization(park.name + "非公企业第二综合党委", OrganizationKind.PARTY_COMMITTEE, UnitCategory.NON_PUBLIC,
                middleEstablished, termStart(OrganizationKind.PARTY_COMMITTEE, middleEstablished));
        park.newMiddleOrganization(park.name + "事业单位党总支", OrganizationKind.GENERAL_BRANCH, UnitCategory.PUBLIC_INSTITUTION,
                middleEstablished, termStart(OrganizationKind.GENERAL_BRANCH, middleEstablished));
        park.newMiddleOrganization(park.name + "社会组织党总支", OrganizationKind.GENERAL_BRANCH, UnitCategory.SOCIAL_ORGANIZATION,
                middleEstablished, termStart(OrganizationKind.GENERAL_BRANCH, middleEstablished));

        for (Enterprise department : departments) {
            ownBranch(department, OrganizationKind.BRANCH, "党支部", 10, 25);
        }
        for (Enterprise institution : institutions.subList(0, 10)) {
            ownBranch(institution, OrganizationKind.BRANCH, "党支部", 12, 45);
        }
        for (Enterprise company : stateOwned.subList(0, 15)) {
            ownBranch(company, OrganizationKind.BRANCH, "党支部", 25, 52);
        }
        jointBranches(societies, 2, 4, 5, 8, 20);
        for (Enterprise company : companies.subList(0, 88)) {
            ownBranch(company, OrganizationKind.BRANCH, "党支部", 32, 54);
        }
        for (Enterprise company : companies.subList(88, 91)) {
            ownBranch(company, OrganizationKind.TEMPORARY_BRANCH, "项目临时党支部", 3, 10);
        }
        jointBranches(companies.subList(91, 210), 30, 2, 5, 8, 35);
        attachSome(companies.subList(210, 240));
        populateAll();
    }

    private List<Enterprise> units(UnitCategory category, int count, String suffix)
    {
        List<Enterprise> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String unitName = suffix == null ? park.newCompanyName() : park.name + dice.pick(List.of("人才", "科技", "企业", "青年", "物业", "会展", "文化")) + suffix;
            if (category == UnitCategory.STATE_OWNED) {
                unitName = park.name + dice.pick(List.of("建设发展", "投资控股", "城市服务", "科技创业", "能源")) + "集团有限公司";
            }
            units.add(park.newEnterprise(category, unitName, dice.dayBetween(PARK_FOUNDED, start.minusDays(60))));
        }
        return units;
    }

    private void ownBranch(Enterprise enterprise, OrganizationKind kind, String suffix, int smallest, int largest)
    {
        Organization branch = park.newBranch(enterprise.name + suffix, kind, enterprise.category,
                established(enterprise), null);
        branch.termStartedOn = termStart(kind, branch.establishedOn);
        park.cover(branch, enterprise, false);
        toPopulate.add(branch);
        sizes.add(new int[] {smallest, largest});
    }

    private void jointBranches(List<Enterprise> pool, int branches, int fewestUnits, int mostUnits, int smallest, int largest)
    {
        int next = 0;
        for (int i = 0; i < branches && next + fewestUnits <= pool.size(); i++) {
            int count = Math.min(dice.between(fewestUnits, mostUnits), pool.size() - next);
            List<Enterprise> members = pool.subList(next, next + count);
            next += count;
            LocalDate established = members.stream().map(this::established).max(LocalDate::compareTo).orElseThrow();
            Enterprise first = members.get(0);
            Organization branch = park.newBranch(first.name.substring(0, Math.min(6, first.name.length())) + "等" + count + "家单位联合党支部",
                    OrganizationKind.JOINT_BRANCH, first.category, established, null);
            branch.termStartedOn = termStart(OrganizationKind.JOINT_BRANCH, established);
            for (Enterprise member : members) {
                park.cover(branch, member, false);
            }
            toPopulate.add(branch);
            sizes.add(new int[] {smallest, largest});
        }
    }

    /** Small enterprises whose members are attached to a branch of another unit. */
    private void attachSome(List<Enterprise> pool)
    {
        List<Organization> hosts = toPopulate.stream().filter(branch -> branch.category == UnitCategory.NON_PUBLIC).toList();
        for (Enterprise enterprise : pool) {
            Organization host = dice.pick(hosts);
            if (host.kind == OrganizationKind.JOINT_BRANCH && host.coveredUnits.size() >= 5) {
                continue;
            }
            park.cover(host, enterprise, true);
        }
    }

    private void populateAll()
    {
        for (int i = 0; i < toPopulate.size(); i++) {
            int[] range = sizes.get(i);
            Organization branch = toPopulate.get(i);
            // Mostly the usual size; a few very large branches (over 50 full members) and a few tiny ones
            // (under 3 full members): both are findings for the leaders.
            double draw = dice.uniform(0, 1);
            int size = dice.between(range[0], range[1]);
            if (branch.kind == OrganizationKind.BRANCH && draw < 0.05) {
                size = dice.between(60, 110);
            }
            else if (branch.kind == OrganizationKind.BRANCH && draw < 0.11) {
                size = dice.between(2, 4);
            }
            populate(branch, size);
            branch.partyGroups = size >= 15 && dice.chance(0.8) ? Math.min(5, Math.max(1, size / 12)) : 0;
        }
    }

    private void populate(Organization organization, int size)
    {
        for (int i = 0; i < size; i++) {
            Person person = dice.chance(0.97)
                    ? park.peopleFactory.longStandingMember(organization, start)
                    : park.peopleFactory.recentApplicant(organization, start);
            park.addPerson(person);
        }
    }

    private LocalDate established(Enterprise enterprise)
    {
        LocalDate earliest = enterprise.movedInOn.plusDays(30);
        LocalDate latest = start.minusDays(20);
        return earliest.isAfter(latest) ? latest : dice.dayBetween(earliest, latest);
    }

    /** The last election: within the term for most, overdue for some. */
    private LocalDate termStart(OrganizationKind kind, LocalDate establishedOn)
    {
        LocalDate earliest = start.minusYears(kind.termYears()).minusDays(400);
        LocalDate candidate = dice.dayBetween(earliest, start.minusDays(10));
        return candidate.isBefore(establishedOn) ? establishedOn : candidate;
    }
}
