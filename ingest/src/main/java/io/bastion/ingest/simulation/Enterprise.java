package io.bastion.ingest.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** A unit of the registry as the simulation evolves it. */
final class Enterprise
{
    final int park;
    final String unitCode;
    final String name;
    final UnitCategory category;
    final String industry;
    final LocalDate movedInOn;
    final int employees;
    final BigDecimal outputTenThousandYuan;
    final boolean hasUnion;
    final boolean hasYouthLeague;
    final String instructor;
    LocalDate movedOutOn;
    /** Organizations covering it now (own, joint or attached); an enterprise covered is never moved out. */
    int coveringOrganizations;

    Enterprise(int park, String unitCode, String name, UnitCategory category, String industry, LocalDate movedInOn,
            int employees, BigDecimal outputTenThousandYuan, boolean hasUnion, boolean hasYouthLeague, String instructor)
    {
        this.park = park;
        this.unitCode = unitCode;
        this.name = name;
        this.category = category;
        this.industry = industry;
        this.movedInOn = movedInOn;
        this.employees = employees;
        this.outputTenThousandYuan = outputTenThousandYuan;
        this.hasUnion = hasUnion;
        this.hasYouthLeague = hasYouthLeague;
        this.instructor = instructor;
    }

    /** Listed in the registry of the month: moved in by its end, not moved out before it began. */
    boolean listedIn(YearMonth month)
    {
        return !movedInOn.isAfter(month.atEndOfMonth()) && (movedOutOn == null || !movedOutOn.isBefore(month.atDay(1)));
    }
}
