package io.bastion.ingest.format;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A row's values by header, held as an array over the headers of its file, which all its rows share:
 * a file of 5,000 rows makes one map of headers, not 5,000 hash maps. Immutable; absent values are
 * not in the map.
 */
final class RowValues
        extends AbstractMap<String, String>
{
    private final Columns columns;
    private final String[] values;
    private final int size;

    private RowValues(Columns columns, String[] values, int size)
    {
        this.columns = columns;
        this.values = values;
        this.size = size;
    }

    /** The headers of a file, each once, with their position in its rows' arrays. */
    static final class Columns
    {
        private final List<String> names;
        private final String[] byPosition;
        private final Map<String, Integer> positions = new HashMap<>();

        Columns(List<String> names)
        {
            this.names = List.copyOf(names);
            this.byPosition = this.names.toArray(String[]::new);
            for (int i = 0; i < this.names.size(); i++) {
                positions.put(this.names.get(i), i);
            }
        }

        int size()
        {
            return names.size();
        }

        /**
         * The position of the header, or -1. The files' headers are the canonical ones (InputTable's constants) and the
         * validators ask for those constants: the same instances, found without hashing (most rows ask twenty times).
         */
        int position(String header)
        {
            for (int i = 0; i < byPosition.length; i++) {
                if (byPosition[i] == header) {
                    return i;
                }
            }
            Integer position = positions.get(header);
            return position == null ? -1 : position;
        }

        /** The row of these values (by position; null for absent), which it takes and keeps. */
        RowValues row(String[] values)
        {
            int size = 0;
            for (String value : values) {
                if (value != null) {
                    size++;
                }
            }
            return new RowValues(this, values, size);
        }
    }

    @Override
    public String get(Object header)
    {
        if (!(header instanceof String name)) {
            return null;
        }
        int position = columns.position(name);
        return position < 0 ? null : values[position];
    }

    @Override
    public boolean containsKey(Object header)
    {
        return get(header) != null;
    }

    @Override
    public int size()
    {
        return size;
    }

    @Override
    public Set<Entry<String, String>> entrySet()
    {
        return new AbstractSet<>()
        {
            @Override
            public Iterator<Entry<String, String>> iterator()
            {
                return new Iterator<>()
                {
                    private int next = advance(0);

                    private int advance(int from)
                    {
                        int position = from;
                        while (position < values.length && values[position] == null) {
                            position++;
                        }
                        return position;
                    }

                    @Override
                    public boolean hasNext()
                    {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next()
                    {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> entry = new SimpleImmutableEntry<>(columns.names.get(next), values[next]);
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size()
            {
                return size;
            }
        };
    }
}
