package io.bastion.ingest.simulation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Makes people with plausible identities and admission dates (the pipeline's real stage durations). */
final class PeopleFactory
{
    private static final List<String> ETHNICITIES = List.of("汉族", "回族", "满族", "壮族", "蒙古族", "土家族", "苗族");
    private static final List<String> EDUCATIONS = List.of("研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下");
    private static final List<String> JOBS = List.of("一线职工", "专业技术人员", "经营管理人员", "其他");
    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1950, 1, 1);

    private final int park;
    private final Dice dice;
    private int serial;

    PeopleFactory(int park, Dice dice)
    {
        this.park = park;
        this.dice = dice;
    }

    /** A full member admitted long before {@code asOf}; some with their pipeline dates recorded, most without. */
    Person longStandingMember(Organization organization, LocalDate asOf)
    {
        LocalDate birth = dice.dayBetween(OLDEST_BIRTH, asOf.minusYears(26));
        LocalDate latestJoin = asOf.minusDays(500);
        LocalDate joined = dice.dayBetween(birth.plusYears(22), min(latestJoin, birth.plusYears(50)));
        LocalDate candidate = joined.minusDays(dice.between(30, 180));
        LocalDate activist = candidate.minusDays(dice.between(366, 540));
        LocalDate applied = activist.minusDays(dice.between(90, 360));
        AdmissionDates dates = new AdmissionDates(applied, activist, candidate, joined, fullAfter(joined));
        boolean pipelineRecorded = dice.chance(0.4) && !applied.isBefore(birth.plusYears(18).plusDays(40));
        return person(organization, birth, pipelineRecorded ? dates : dates.withoutPipeline());
    }

    /** Someone who applied within the five years before {@code asOf}, somewhere along the pipeline by now. */
    Person recentApplicant(Organization organization, LocalDate asOf)
    {
        LocalDate applied = dice.dayBetween(asOf.minusYears(5), asOf.minusDays(1));
        return applicant(organization, applied);
    }

    /** Someone who applies in the month. */
    Person applicantIn(Organization organization, YearMonth month)
    {
        return applicant(organization, dice.dayIn(month));
    }

    private Person applicant(Organization organization, LocalDate applied)
    {
        LocalDate birth = dice.dayBetween(applied.minusYears(42), applied.minusYears(18).minusDays(60));
        return person(organization, birth, plannedFrom(applied));
    }

    /** The pipeline from application: some stop at a stage; durations as the rules and practice give them. */
    private AdmissionDates plannedFrom(LocalDate applied)
    {
        LocalDate activist = dice.chance(0.85) ? applied.plusDays(dice.between(90, 365)) : null;
        LocalDate candidate = null;
        if (activist != null && dice.chance(0.85)) {
            // At least a year of observation, except for the few procedure findings.
            candidate = activist.plusDays(dice.chance(0.94) ? dice.between(366, 540) : dice.between(240, 350));
        }
        LocalDate joined = candidate != null && dice.chance(0.92) ? candidate.plusDays(dice.between(30, 180)) : null;
        LocalDate full = joined != null && dice.chance(0.97) ? fullAfter(joined) : null;
        return new AdmissionDates(applied, activist, candidate, joined, full);
    }

    /** Probation: a year as a rule, a few extended by six months to a year, a very few beyond two years. */
    private LocalDate fullAfter(LocalDate joined)
    {
        double draw = dice.uniform(0, 1);
        if (draw < 0.9) {
            return joined.plusYears(1).plusDays(dice.between(0, 20));
        }
        if (draw < 0.97) {
            return joined.plusYears(1).plusDays(dice.between(183, 360));
        }
        return joined.plusYears(2).plusDays(dice.between(30, 120));
    }

    private Person person(Organization organization, LocalDate birth, AdmissionDates admission)
    {
        boolean male = dice.chance(0.62);
        boolean mobile = dice.chance(0.06);
        serial++;
        Person person = new Person(
                Codes.personNumber(park, serial),
                Names.person(male, dice),
                Codes.idNumber(birth, male, dice),
                male,
                dice.weighted(ETHNICITIES, 92, 2, 2, 1, 1, 1, 1),
                birth,
                dice.weighted(EDUCATIONS, 10, 40, 25, 8, 10, 7),
                mobile,
                mobile && dice.chance(0.9),
                dice.chance(0.72),
                admission);
        assignTo(person, organization);
        return person;
    }

    /** Puts the person in the organization, working in one of the units it covers. */
    void assignTo(Person person, Organization organization)
    {
        person.organization = organization;
        List<Organization.CoveredUnit> units = organization.coveredUnits;
        List<Enterprise> own = organization.ownUnits();
        Enterprise unit = !own.isEmpty() && (units.size() == own.size() || dice.chance(0.85))
                ? dice.pick(own)
                : dice.pick(units).enterprise();
        person.unit = unit;
        person.job = unit.category == UnitCategory.GOVERNMENT ? "机关工作人员" : dice.weighted(JOBS, 40, 30, 20, 10);
    }

    private static LocalDate min(LocalDate first, LocalDate second)
    {
        return first.isBefore(second) ? first : second;
    }
}
