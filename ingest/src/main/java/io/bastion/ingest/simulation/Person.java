package io.bastion.ingest.simulation;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A person of the park: identity, work, and the planned admission dates (a date after the report
 * month is not yet known, so rosters show only the dates that have passed).
 */
final class Person
{
    final String personNumber;
    final String name;
    final String idNumber;
    final boolean male;
    final String ethnicity;
    final LocalDate birthDate;
    final String education;
    final boolean mobile;
    final boolean managed;
    final boolean backbone;
    final AdmissionDates admission;
    Organization organization;
    Enterprise unit;
    String job;
    /** The first report month this person is on the current organization's roster. */
    YearMonth joinedOrganizationIn;

    Person(String personNumber, String name, String idNumber, boolean male, String ethnicity, LocalDate birthDate,
            String education, boolean mobile, boolean managed, boolean backbone, AdmissionDates admission)
    {
        this.personNumber = personNumber;
        this.name = name;
        this.idNumber = idNumber;
        this.male = male;
        this.ethnicity = ethnicity;
        this.birthDate = birthDate;
        this.education = education;
        this.mobile = mobile;
        this.managed = managed;
        this.backbone = backbone;
        this.admission = admission;
    }

    Stage stageAt(LocalDate day)
    {
        return admission.knownAt(day).stage();
    }
}
