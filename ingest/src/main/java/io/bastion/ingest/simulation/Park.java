package io.bastion.ingest.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The state of one simulated park: its registry, its organizations and the people in them now. */
final class Park
{
    private static final List<String> PLACES = List.of(
            "金鸡湖", "独墅湖", "阳澄湖", "太湖", "石湖", "尚湖", "澄湖", "漕湖", "白马涧", "天平",
            "虎丘", "枫桥", "浒墅", "望亭", "胥口", "木渎", "光福", "东山", "西山", "甪直");

    final int number;
    final String name;
    final Dice dice;
    final PeopleFactory peopleFactory;
    final List<Enterprise> enterprises = new ArrayList<>();
    final List<Organization> organizations = new ArrayList<>();
    /** Everyone on a roster now, in the order of their person numbers. */
    final List<Person> people = new ArrayList<>();
    final Map<UnitCategory, List<Organization>> parentsByCategory = new EnumMap<>(UnitCategory.class);
    Organization top;
    private int enterpriseSerial;
    private int middleSerial;
    private int branchSerial;

    Park(int number, Dice dice)
    {
        this.number = number;
        String place = PLACES.get((number - 1) % PLACES.size());
        this.name = number > PLACES.size() ? place + (number - 1) / PLACES.size() + "区产业园" : place + "产业园";
        this.dice = dice;
        this.peopleFactory = new PeopleFactory(number, dice.split());
    }

    Enterprise newEnterprise(UnitCategory category, String unitName, LocalDate movedInOn)
    {
        enterpriseSerial++;
        int employees = (int) Math.round(Math.exp(dice.uniform(Math.log(5), Math.log(category == UnitCategory.NON_PUBLIC ? 1500 : 3000))));
        BigDecimal output = category == UnitCategory.GOVERNMENT || category == UnitCategory.SOCIAL_ORGANIZATION
                ? null
                : BigDecimal.valueOf(employees * dice.uniform(15, 220)).setScale(2, RoundingMode.HALF_UP);
        Enterprise enterprise = new Enterprise(
                number,
                Codes.unitCode(category, number, enterpriseSerial, dice),
                unitName,
                category,
                category == UnitCategory.GOVERNMENT ? "公共管理" : Names.industry(dice),
                movedInOn,
                employees,
                output,
                dice.chance(0.45),
                dice.chance(0.2),
                dice.chance(0.22) ? Names.person(dice.chance(0.5), dice) : null);
        enterprises.add(enterprise);
        return enterprise;
    }

    String newCompanyName()
    {
        return Names.company(name, dice);
    }

    Organization newMiddleOrganization(String organizationName, OrganizationKind kind, UnitCategory category, LocalDate establishedOn,
            LocalDate termStartedOn)
    {
        middleSerial++;
        Organization organization = new Organization(number, Codes.organizationCode(number, 'M', middleSerial), organizationName, kind,
                top, category, establishedOn, termStartedOn, Names.person(dice.chance(0.7), dice), false, dice);
        organizations.add(organization);
        parentsByCategory.computeIfAbsent(category, ignored -> new ArrayList<>()).add(organization);
        return organization;
    }

    Organization newBranch(String organizationName, OrganizationKind kind, UnitCategory category, LocalDate establishedOn,
            LocalDate termStartedOn)
    {
        branchSerial++;
        Organization organization = new Organization(number, Codes.organizationCode(number, 'B', branchSerial), organizationName, kind,
                parentFor(category), category, establishedOn, termStartedOn, Names.person(dice.chance(0.6), dice), false, dice);
        organizations.add(organization);
        return organization;
    }

    Organization parentFor(UnitCategory category)
    {
        List<Organization> parents = parentsByCategory.get(category);
        if (parents == null) {
            return top;
        }
        return dice.pick(parents);
    }

    void cover(Organization organization, Enterprise enterprise, boolean attached)
    {
        organization.coveredUnits.add(new Organization.CoveredUnit(enterprise, attached));
        enterprise.coveringOrganizations++;
    }

    /** Enterprises no organization covers, listed and not leaving, that moved in before the day. */
    List<Enterprise> uncoveredBefore(LocalDate day, UnitCategory category)
    {
        return enterprises.stream()
                .filter(enterprise -> enterprise.category == category)
                .filter(enterprise -> enterprise.coveringOrganizations == 0 && enterprise.movedOutOn == null)
                .filter(enterprise -> enterprise.movedInOn.isBefore(day))
                .toList();
    }

    List<Organization> activeBranches(LocalDate day)
    {
        return organizations.stream()
                .filter(organization -> organization.kind.isBranch() && organization.activeAt(day) && organization.dissolvedOn == null)
                .toList();
    }

    void addPerson(Person person)
    {
        people.add(person);
    }
}
