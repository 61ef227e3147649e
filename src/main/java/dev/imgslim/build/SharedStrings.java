package dev.imgslim.build;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each equal string the model keeps while it is built: variable names and values, FROM texts
 * repeat across stages (a 10 MB file of 16,800 stages held 16,800 copies of {@code PATH}, of
 * {@code python:${PYTHON_VERSION}-slim} and of each expanded value, ~6 MB). Dropped with the builder.
 * The rule engine keeps a file's finding messages the same way.
 */
public final class SharedStrings {
    private final Map<String, String> known = new HashMap<>();

    /** The first string equal to {@code s} seen so far, or {@code s} itself (null stays null). */
    public String share(String s) {
        if (s == null) return null;
        String was = known.putIfAbsent(s, s);
        return was != null ? was : s;
    }
}
