package dev.imgslim.rules;

import dev.imgslim.catalog.BundledFiles;
import dev.imgslim.config.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in rules' metadata: {@code rules.txt} next to this class, one line per rule in the order
 * {@code imgslim rules} lists them, read once by a line reader (no data binding on the start-up path).
 * Columns are separated by spaces; the summary, last, runs to the end of the line.
 */
final class RuleTable {
    private static final String RESOURCE = "rules.txt";
    private static final String PACKAGE = RuleTable.class.getPackageName() + ".";
    private static final int COLUMNS = 9;

    /** One line: the rule's identity and the class that implements it (relative to {@code dev.imgslim.rules}). */
    record Row(RuleMeta meta, String className) {}

    private final List<Row> rows;
    private final Map<String, Row> byClass = new HashMap<>();

    private RuleTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
        for (Row r : rows) byClass.put(PACKAGE + r.className(), r);
    }

    /** Read when the first rule is made, then kept: the file is part of the jar and never changes. */
    private static final class Loaded {
        static final RuleTable TABLE = read();
    }

    static RuleTable get() {
        return Loaded.TABLE;
    }

    List<Row> rows() {
        return rows;
    }

    /** The row of a rule class; every built-in rule has one, and a class without a row is a build mistake. */
    Row rowOf(Class<?> type) {
        Row r = byClass.get(type.getName());
        if (r == null) throw new IllegalStateException(type.getName() + " has no line in " + RESOURCE);
        return r;
    }

    private static RuleTable read() {
        try {
            byte[] bytes = BundledFiles.read(RuleTable.class.getPackageName().replace('.', '/') + "/" + RESOURCE);
            if (bytes == null) throw new IllegalStateException(RESOURCE + " is missing from the jar");
            List<Row> rows = new ArrayList<>();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) rows.add(parse(line));
            }
            return new RuleTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Row parse(String line) {
        String[] c = columns(line.strip());
        if (c.length != COLUMNS)
            throw new IllegalStateException("not " + COLUMNS + " columns in " + RESOURCE + ": " + line);
        RuleMeta meta = new RuleMeta(
                c[0],
                c[1],
                Severity.parse(c[2]),
                Category.valueOf(c[3].toUpperCase(Locale.ROOT)),
                c[8],
                c[7].equals("-") ? List.of() : List.of(c[7].split(",")),
                c[5].equals("-") ? null : Fix.Safety.valueOf(c[5].toUpperCase(Locale.ROOT)),
                offByDefault(c[4], line));
        return new Row(meta, c[6]);
    }

    /**
     * The line's columns: split at runs of spaces, the last one the rest of the line (what {@code
     * Pattern.compile(" +").split(line, COLUMNS)} returns). By hand: splitting the ~100 lines with the regular
     * expression was a third of the thread that builds the rule registry, which a one-file lint waits for.
     */
    static String[] columns(String line) {
        List<String> c = new ArrayList<>(COLUMNS);
        int from = 0;
        while (c.size() < COLUMNS - 1) {
            int space = line.indexOf(' ', from);
            if (space < 0) break;
            c.add(line.substring(from, space));
            from = space + 1;
            while (from < line.length() && line.charAt(from) == ' ') from++;
        }
        c.add(line.substring(from));
        return c.toArray(new String[0]);
    }

    private static boolean offByDefault(String column, String line) {
        if (column.equals("on")) return false;
        if (column.equals("off")) return true;
        throw new IllegalStateException("default is on or off in " + RESOURCE + ": " + line);
    }
}
