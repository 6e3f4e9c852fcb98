package io.bastion.ingest.simulation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The five admission dates: applied, activist, candidate, joined (probationary), full; any may be blank. */
record AdmissionDates(LocalDate appliedOn, LocalDate activistOn, LocalDate candidateOn, LocalDate joinedOn, LocalDate fullOn)
{
    /** The dates that have happened by the day; later ones are not yet known. */
    AdmissionDates knownAt(LocalDate day)
    {
        return new AdmissionDates(upTo(appliedOn, day), upTo(activistOn, day), upTo(candidateOn, day), upTo(joinedOn, day), upTo(fullOn, day));
    }

    Stage stage()
    {
        if (fullOn != null) {
            return Stage.FULL;
        }
        if (joinedOn != null) {
            return Stage.PROBATIONARY;
        }
        if (candidateOn != null) {
            return Stage.CANDIDATE;
        }
        if (activistOn != null) {
            return Stage.ACTIVIST;
        }
        return Stage.APPLICANT;
    }

    /** Only joined and full: an old member whose pipeline dates were never recorded. */
    AdmissionDates withoutPipeline()
    {
        return new AdmissionDates(null, null, null, joinedOn, fullOn);
    }

    List<LocalDate> asList()
    {
        return Arrays.asList(appliedOn, activistOn, candidateOn, joinedOn, fullOn);
    }

    private static LocalDate upTo(LocalDate date, LocalDate day)
    {
        return date == null || date.isAfter(day) ? null : date;
    }
}
