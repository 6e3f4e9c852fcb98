package io.bastion.ingest.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.ingest.format.RawRow;

import java.util.TreeMap;

/** A received row as JSON, for restricted.quarantine_raw_row. */
final class RawRows
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RawRows() {}

    static String json(RawRow row)
    {
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(row.values()));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
