package io.bastion.ingest.simulation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A party organization as the simulation evolves it, with the sending habits of its secretary. */
final class Organization
{
    final int park;
    final String code;
    final String name;
    final OrganizationKind kind;
    final Organization parent;
    final UnitCategory category;
    final LocalDate establishedOn;
    /** Covered units in the order listed; attached ones carry the 挂靠 mark. */
    final List<CoveredUnit> coveredUnits = new ArrayList<>();
    final SubmissionFormat format;
    final CsvEncoding csvEncoding;
    final DateStyle dateHabit;
    final String attachedMark;
    final boolean omitsEmptyLeftReason;
    /** How reliably it holds the meetings it should: low for the non-compliant ones. */
    final double diligence;
    /** 0, 1 or 2: the month of each quarter it holds its quarterly meetings in. */
    final int quarterlySlot;
    final double lateness;
    final boolean postponesElections;
    final int facilityItems;
    final boolean isTop;
    LocalDate dissolvedOn;
    LocalDate termStartedOn;
    String secretary;
    int partyGroups;
    /** Named a demonstration site (示范点): never dissolved during the simulation. */
    boolean demonstrationSite;

    Organization(int park, String code, String name, OrganizationKind kind, Organization parent, UnitCategory category,
            LocalDate establishedOn, LocalDate termStartedOn, String secretary, boolean isTop, Dice dice)
    {
        this.park = park;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.category = category;
        this.establishedOn = establishedOn;
        this.termStartedOn = termStartedOn;
        this.secretary = secretary;
        this.isTop = isTop;
        this.format = dice.weighted(List.of(SubmissionFormat.values()), 0.5, 0.25, 0.25);
        this.csvEncoding = dice.weighted(List.of(CsvEncoding.values()), 0.4, 0.3, 0.3);
        this.dateHabit = format.habitualDateStyle(dice);
        this.attachedMark = dice.chance(0.6) ? "（挂靠）" : "(挂靠)";
        this.omitsEmptyLeftReason = dice.chance(0.5);
        this.diligence = dice.chance(0.85) ? dice.uniform(0.95, 1.0) : dice.uniform(0.55, 0.8);
        this.quarterlySlot = dice.between(0, 2);
        this.lateness = dice.chance(0.9) ? 0.03 : 0.35;
        this.postponesElections = dice.chance(0.08);
        this.facilityItems = dice.between(4, 10);
    }

    boolean submitsIn(YearMonth month)
    {
        return !establishedOn.isAfter(month.atEndOfMonth()) && (dissolvedOn == null || !dissolvedOn.isBefore(month.atDay(1)));
    }

    boolean activeAt(LocalDate day)
    {
        return !establishedOn.isAfter(day) && (dissolvedOn == null || dissolvedOn.isAfter(day));
    }

    boolean coversNoUnit()
    {
        return coveredUnits.isEmpty();
    }

    List<Enterprise> ownUnits()
    {
        return coveredUnits.stream().filter(unit -> !unit.attached()).map(CoveredUnit::enterprise).toList();
    }

    String formation()
    {
        if (coveredUnits.isEmpty()) {
            return "";
        }
        return ownUnits().size() == 1 ? "单独组建" : "联合组建";
    }

    String coveredUnitsText()
    {
        List<String> parts = new ArrayList<>();
        for (CoveredUnit unit : coveredUnits) {
            parts.add(unit.attached() ? unit.enterprise().unitCode + attachedMark : unit.enterprise().unitCode);
        }
        return String.join(";", parts);
    }

    /** A unit covered by this organization (own or attached). */
    record CoveredUnit(Enterprise enterprise, boolean attached) {}
}
