package dev.imgslim.rules;

import java.util.List;

/**
 * A fix as text edits over the original source. {@code imgslim fix} applies SAFE fixes by default and
 * UNSAFE ones only with {@code --unsafe}: an unsafe fix can change what the build does (a package that
 * was a recommend, a slimmer base that lacks a tool, a merged layer).
 */
public record Fix(String description, Safety safety, List<TextEdit> edits) {
    public enum Safety {
        SAFE,
        UNSAFE;

        /** {@code safe} or {@code unsafe}, as the rule list, the JSON report and the rule pages print it. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix safe(String description, TextEdit... edits) {
        return new Fix(description, Safety.SAFE, List.of(edits));
    }

    public static Fix unsafe(String description, TextEdit... edits) {
        return new Fix(description, Safety.UNSAFE, List.of(edits));
    }

    /** Same as {@link #unsafe}: shown to the user, applied only on request. */
    public static Fix suggestion(String description, TextEdit... edits) {
        return unsafe(description, edits);
    }
}
