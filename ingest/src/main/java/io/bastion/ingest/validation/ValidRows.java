package io.bastion.ingest.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The typed rows that passed the row rules, one record per input table. Fields a sender may leave
 * blank are null; everything required is present.
 */
public final class ValidRows
{
    private ValidRows() {}

    /** A covered unit of an organization, attached (挂靠) or not. */
    public record CoveredUnit(String unitCode, boolean attached) {}

    public record Organization(
            int rowNo, String orgCode, YearMonth reportMonth, LocalDate submittedOn, String orgName, String orgKind,
            String parentCode, String unitCategory, LocalDate establishedOn, LocalDate dissolvedOn, String secretary,
            LocalDate termStartedOn, String formation, String coveredUnitsText, List<CoveredUnit> coveredUnits,
            int memberCount, int partyGroups, int facilityItems)
    {
        public Organization
        {
            coveredUnits = List.copyOf(coveredUnits);
        }
    }

    public record Person(
            int rowNo, String personNo, String name, String idNumber, String gender, String ethnicity, LocalDate birthDate,
            String education, String unitCode, String job, String stage, LocalDate appliedOn, LocalDate activistOn,
            LocalDate candidateOn, LocalDate joinedOn, LocalDate fullOn, boolean mobile, boolean managed, boolean backbone,
            String leftReason) {}

    public record Life(int rowNo, LocalDate heldOn, String kind, String topic, int expected, int attended) {}

    public record Enterprise(
            int rowNo, String unitCode, String unitName, String unitCategory, String industry, int employees,
            LocalDate movedInOn, LocalDate movedOutOn, BigDecimal output10kYuan, boolean hasUnion, boolean hasYouthLeague,
            String instructor) {}

    public record Grade(int rowNo, String orgCode, String period, String grade, BigDecimal score, LocalDate assessedOn) {}

    public record Site(int rowNo, String orgCode, String level, LocalDate namedOn, LocalDate revokedOn) {}

    public record Assignment(int rowNo, String liaison, String title, String siteOrgCode, LocalDate startOn, LocalDate endOn) {}

    public record Contact(int rowNo, String liaison, String siteOrgCode, LocalDate contactedOn, String mode, String summary) {}

    public record Target(int rowNo, int year, String indicator, BigDecimal targetValue) {}
}
