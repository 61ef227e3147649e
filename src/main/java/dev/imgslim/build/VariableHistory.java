package dev.imgslim.build;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every value a stage's ARGs and ENVs take, in order, so that the scope before each instruction is a
 * version of one record instead of a copy of the whole map: a stage of n ARG and ENV lines would
 * otherwise hold n copies of up to n variables (n² time and memory). Names are never removed, so the
 * names in scope at a version are a prefix of the names in first-definition order (the order a
 * {@link java.util.LinkedHashMap} would keep). Written while the build model is made, read only after.
 */
final class VariableHistory {
    /**
     * One name's values, each with the version it was set at (ascending), and the version it became an ENV.
     * Most names are set once: the first value is a field, arrays come with the second (two arrays per
     * name were ~1.6 MB for the 33,600 names of a 10 MB file of 16,800 stages).
     */
    private static final class Name {
        int firstVersion;
        String firstValue;
        /** The values after the first, or null. */
        int[] versions;

        String[] values;
        int count;
        int envSince = Integer.MAX_VALUE;
        final int position;

        Name(int position) {
            this.position = position;
        }

        void set(int version, String value) {
            if (count == 0) {
                firstVersion = version;
                firstValue = value;
                count = 1;
                return;
            }
            if (versionAt(count - 1) == version) {
                if (count == 1) firstValue = value;
                else values[count - 2] = value;
                return;
            }
            if (versions == null) {
                versions = new int[1];
                values = new String[1];
            } else if (count - 1 == versions.length) {
                versions = Arrays.copyOf(versions, versions.length * 2);
                values = Arrays.copyOf(values, values.length * 2);
            }
            versions[count - 1] = version;
            values[count++ - 1] = value;
        }

        private int versionAt(int i) {
            return i == 0 ? firstVersion : versions[i - 1];
        }

        private String valueAt(int i) {
            return i == 0 ? firstValue : values[i - 1];
        }

        /** The latest value. */
        String last() {
            return valueAt(count - 1);
        }

        /** The value at {@code version}; the name must have been defined by then. */
        String at(int version) {
            if (count == 1 || version < versions[0]) return firstValue;
            int i = Arrays.binarySearch(versions, 0, count - 1, version);
            return values[i >= 0 ? i : -i - 2];
        }
    }

    private final List<String> order = new ArrayList<>();
    private final Map<String, Name> names = new HashMap<>();
    private final SharedStrings strings;
    private int version;
    private boolean snapshotTaken;

    /** A history whose first version holds {@code values}, with {@code envNames} as ENVs. */
    VariableHistory(Map<String, String> values, Set<String> envNames) {
        this(values, envNames, new SharedStrings());
    }

    /** As {@link #VariableHistory(Map, Set)}, keeping names and values as the copies {@code strings} shares. */
    VariableHistory(Map<String, String> values, Set<String> envNames, SharedStrings strings) {
        this.strings = strings;
        for (Map.Entry<String, String> e : values.entrySet()) put(e.getKey(), e.getValue());
        for (String n : envNames) markEnv(n);
    }

    /** Sets {@code name} (null: declared without a value) from now on. */
    void put(String name, String value) {
        advance();
        Name n = names.get(name);
        if (n == null) {
            n = new Name(order.size());
            String shared = strings.share(name);
            names.put(shared, n);
            order.add(shared);
        }
        n.set(version, strings.share(value));
    }

    /** Makes {@code name} an ENV from now on (it is passed on to stages built FROM this one). */
    void markEnv(String name) {
        advance();
        Name n = names.get(name);
        if (n != null && n.envSince == Integer.MAX_VALUE) n.envSince = version;
    }

    /** How many values the history holds: one per assignment, however many snapshots were taken. */
    int recordedValues() {
        int total = 0;
        for (Name n : names.values()) total += n.count;
        return total;
    }

    /** The variables as they are now; later changes are not seen in it. */
    Variables snapshot() {
        snapshotTaken = true;
        return new Variables(this, version, order.size());
    }

    /** A change after a snapshot starts a new version, so the snapshot keeps what it saw. */
    private void advance() {
        if (snapshotTaken) {
            version++;
            snapshotTaken = false;
        }
    }

    /** True when {@code name} is among the first {@code nameCount} names (the ones a snapshot saw). */
    boolean isDefined(String name, int nameCount) {
        Name n = names.get(name);
        return n != null && n.position < nameCount;
    }

    /** The value of {@code name} at {@code atVersion}, or null (undefined then, or declared without a value). */
    String get(String name, int atVersion, int nameCount) {
        Name n = names.get(name);
        return n != null && n.position < nameCount ? n.at(atVersion) : null;
    }

    boolean isEnv(String name, int atVersion) {
        Name n = names.get(name);
        return n != null && n.envSince <= atVersion;
    }

    /** The first {@code nameCount} names, in first-definition order. */
    List<String> names(int nameCount) {
        return Collections.unmodifiableList(order.subList(0, nameCount));
    }

    /** The variables as they are now, as a map whose {@code put} sets a name from now on (what ARG and ENV do). */
    Map<String, String> live() {
        return new AbstractMap<>() {
            @Override
            public String get(Object key) {
                Name n = names.get(key);
                return n == null ? null : n.last();
            }

            @Override
            public boolean containsKey(Object key) {
                return names.containsKey(key);
            }

            @Override
            public String put(String key, String value) {
                String was = get(key);
                VariableHistory.this.put(key, value);
                return was;
            }

            @Override
            public Set<Entry<String, String>> entrySet() {
                return snapshot().asMap().entrySet();
            }
        };
    }
}
