package io.bastion.ingest.simulation;

import io.bastion.ingest.validation.Rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One data row in header order. A value is a String, an Integer, a BigDecimal, a LocalDate (written
 * in the file's date style) or null (blank). A bad row names the one rule it breaks.
 */
record Row(List<Object> values, Optional<Rule> violation, boolean defectAllowed)
{
    Row
    {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        requireNonNull(violation, "violation is null");
    }

    static Row valid(List<Object> values, boolean defectAllowed)
    {
        return new Row(values, Optional.empty(), defectAllowed);
    }

    Object value(int index)
    {
        return values.get(index);
    }

    boolean isValid()
    {
        return violation.isEmpty();
    }

    Row with(int index, Object value)
    {
        List<Object> changed = new ArrayList<>(values);
        changed.set(index, value);
        return new Row(changed, violation, defectAllowed);
    }

    Row breaking(Rule rule, int index, Object value)
    {
        List<Object> changed = new ArrayList<>(values);
        changed.set(index, value);
        return new Row(changed, Optional.of(rule), false);
    }
}
